package cn.yunxi.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real RocksDB: bounded scans, snapshots, tracked batches and their undo logs. */
class RocksStoreTest {
  enum Col implements ColumnSpec {
    A(1, "a"),
    B(2, "b");

    private final int id;
    private final String name;

    Col(int id, String name) {
      this.id = id;
      this.name = name;
    }

    @Override
    public int id() {
      return id;
    }

    @Override
    public String columnName() {
      return name;
    }
  }

  @TempDir Path dir;

  private RocksStore open() {
    return RocksStore.open(dir, List.of(Col.values()), StoreSettings.DEFAULTS);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static void put(RocksStore store, Col col, byte[] key, byte[] value) {
    try (StoreBatch batch = store.newBatch()) {
      batch.put(col, key, value);
      store.write(batch);
    }
  }

  private static List<String> keys(StoreReader r, Col col, byte[] from, byte[] to) {
    List<String> out = new ArrayList<>();
    r.scan(col, from, to, (k, v) -> out.add(HexFormat.of().formatHex(k)));
    return out;
  }

  private static Map<String, String> content(StoreReader r, Col col) {
    Map<String, String> out = new LinkedHashMap<>();
    r.scanAll(
        col,
        (k, v) -> {
          out.put(HexFormat.of().formatHex(k), HexFormat.of().formatHex(v));
          return true;
        });
    return out;
  }

  @Test
  void reportsNoBackgroundWorkOnceItsWritesAreFlushedAndCompacted() {
    try (RocksStore store = open()) {
      assertThat(store.backgroundWorkPending()).isFalse();
      byte[] value = new byte[1024];
      for (int i = 0; i < 20_000; i++) {
        put(store, Col.A, bytes(i >> 8, i), value);
      }
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (store.backgroundWorkPending() && System.nanoTime() < deadline) {
        java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
      }
      assertThat(store.backgroundWorkPending()).isFalse();
      assertThat(store.get(Col.A, bytes(19_999 >> 8, 19_999))).hasSize(1024);
    }
  }

  @Test
  void aScanVisitsExactlyItsRangeInOrderAndOnlyItsColumn() {
    try (RocksStore store = open()) {
      for (int i = 0; i < 10; i++) {
        put(store, Col.A, bytes(1, i), bytes(i));
      }
      put(store, Col.A, bytes(0, 0xFF), bytes(0));
      put(store, Col.A, bytes(2), bytes(0));
      put(store, Col.B, bytes(1, 5), bytes(0));

      assertThat(keys(store, Col.A, bytes(1, 3), bytes(1, 6)))
          .containsExactly("0103", "0104", "0105");
      assertThat(keys(store, Col.A, bytes(1), Keys.prefixEnd(bytes(1)))).hasSize(10);
      assertThat(keys(store, Col.A, bytes(1, 6), bytes(1, 3))).isEmpty();
      List<String> all = new ArrayList<>();
      store.scanPrefix(Col.B, new byte[0], (k, v) -> all.add(HexFormat.of().formatHex(k)));
      assertThat(all).containsExactly("0105");
    }
  }

  @Test
  void aPrefixOfAll0xFfIsBoundedToo() {
    try (RocksStore store = open()) {
      put(store, Col.A, bytes(0xFF, 0xFF, 1), bytes(1));
      put(store, Col.A, bytes(0xFF, 0xFE), bytes(2));
      List<String> found = new ArrayList<>();
      store.scanPrefix(Col.A, bytes(0xFF, 0xFF), (k, v) -> found.add(HexFormat.of().formatHex(k)));
      assertThat(found).containsExactly("ffff01");
    }
  }

  @Test
  void aVisitorStopsTheScan() {
    try (RocksStore store = open()) {
      for (int i = 0; i < 10; i++) {
        put(store, Col.A, bytes(i), bytes(i));
      }
      List<byte[]> seen = new ArrayList<>();
      store.scanAll(
          Col.A,
          (k, v) -> {
            seen.add(k);
            return seen.size() < 3;
          });
      assertThat(seen).hasSize(3);
    }
  }

  @Test
  void aSnapshotKeepsSeeingWhatWasThere() {
    try (RocksStore store = open()) {
      put(store, Col.A, b("k"), b("old"));
      try (StoreSnapshot snapshot = store.snapshot()) {
        put(store, Col.A, b("k"), b("new"));
        put(store, Col.A, b("k2"), b("new"));
        assertThat(snapshot.get(Col.A, b("k"))).isEqualTo(b("old"));
        assertThat(content(snapshot, Col.A)).hasSize(1);
        assertThat(store.get(Col.A, b("k"))).isEqualTo(b("new"));
      }
    }
  }

  @Test
  void aTrackedBatchReadsItsOwnWritesAndItsUndoLogRestoresTheStateBeforeIt() {
    try (RocksStore store = open()) {
      put(store, Col.A, b("kept"), b("v1"));
      put(store, Col.A, b("deleted"), b("v2"));
      put(store, Col.B, b("empty"), new byte[0]);
      Map<String, String> beforeA = content(store, Col.A);
      Map<String, String> beforeB = content(store, Col.B);

      UndoLog undo;
      try (TrackedBatch batch = store.newTrackedBatch()) {
        batch.put(Col.A, b("kept"), b("v1'"));
        assertThat(batch.get(Col.A, b("kept"))).isEqualTo(b("v1'"));
        batch.put(Col.A, b("kept"), b("v1''"));
        batch.delete(Col.A, b("deleted"));
        assertThat(batch.get(Col.A, b("deleted"))).isNull();
        batch.put(Col.A, b("new"), b("v3"));
        batch.delete(Col.A, b("new"));
        batch.put(Col.B, b("empty"), b("no longer"));
        batch.put(Col.B, b("fresh"), new byte[0]);
        undo = batch.undoLog();
        store.write(batch.batch());
      }
      assertThat(store.get(Col.A, b("kept"))).isEqualTo(b("v1''"));
      assertThat(store.get(Col.A, b("new"))).isNull();
      // Prior states, not intermediate ones: first-write order, absent keys as null.
      assertThat(undo.entries())
          .containsExactly(
              new UndoLog.Entry(1, b("kept"), b("v1")),
              new UndoLog.Entry(1, b("deleted"), b("v2")),
              new UndoLog.Entry(1, b("new"), null),
              new UndoLog.Entry(2, b("empty"), new byte[0]),
              new UndoLog.Entry(2, b("fresh"), null));

      UndoLog decoded = UndoLog.decode(undo.encode());
      assertThat(decoded).isEqualTo(undo);
      try (StoreBatch revert = store.newBatch()) {
        decoded.revertInto(revert, id -> id == 1 ? Col.A : Col.B);
        store.write(revert);
      }
      assertThat(content(store, Col.A)).isEqualTo(beforeA);
      assertThat(content(store, Col.B)).isEqualTo(beforeB);
      assertThat(store.get(Col.B, b("empty"))).isEqualTo(new byte[0]);
    }
  }

  @Test
  void untrackedWritesAreNotInTheUndoLog() {
    try (RocksStore store = open();
        TrackedBatch batch = store.newTrackedBatch()) {
      batch.putUntracked(Col.A, b("undo"), b("x"));
      batch.put(Col.A, b("data"), b("y"));
      assertThat(batch.undoLog().entries())
          .extracting(e -> new String(e.key(), StandardCharsets.UTF_8))
          .containsExactly("data");
    }
  }

  @Test
  void dataAndUnknownColumnsSurviveAReopen() {
    try (RocksStore store = open()) {
      put(store, Col.A, b("a"), b("1"));
      put(store, Col.B, b("b"), b("2"));
    }
    try (RocksStore onlyA = RocksStore.open(dir, List.of(Col.A), new StoreSettings(true))) {
      assertThat(onlyA.get(Col.A, b("a"))).isEqualTo(b("1"));
      put(onlyA, Col.A, b("a2"), b("3"));
      assertThatThrownBy(() -> onlyA.get(Col.B, b("b")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no column b");
    }
    try (RocksStore store = open()) {
      assertThat(store.get(Col.B, b("b"))).isEqualTo(b("2"));
      assertThat(store.get(Col.A, b("a2"))).isEqualTo(b("3"));
    }
  }

  @Test
  void aClosedStoreRefusesWork() {
    RocksStore store = open();
    StoreSnapshot snapshot = store.snapshot();
    store.close();
    assertThatThrownBy(() -> store.get(Col.A, b("k")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> store.scanAll(Col.A, (k, v) -> true))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> snapshot.get(Col.A, b("k"))).isInstanceOf(StoreException.class);
    snapshot.close();
    store.close();
  }

  @Test
  void columnsAndKeysAreChecked() {
    ColumnSpec zero =
        new ColumnSpec() {
          @Override
          public int id() {
            return 0;
          }

          @Override
          public String columnName() {
            return "zero";
          }
        };
    assertThatThrownBy(() -> RocksStore.open(dir, List.of(zero), StoreSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..255");
    assertThatThrownBy(() -> RocksStore.open(dir, List.of(Col.A, Col.A), StoreSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
    try (RocksStore store = open();
        StoreBatch batch = store.newBatch()) {
      assertThatThrownBy(() -> batch.put(Col.A, new byte[Keys.MAX_KEY_LENGTH], b("v")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("shorter than 256");
    }
  }
}
