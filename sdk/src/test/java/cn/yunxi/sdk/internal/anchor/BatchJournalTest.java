package cn.yunxi.sdk.internal.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Anchored;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Batch;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Item;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Record;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch journal reads back what it wrote, and survives a torn last record at any byte. */
class BatchJournalTest {
  @TempDir Path dir;

  private static BatchLeaf leaf(int i) {
    byte[] b = new byte[32];
    b[0] = (byte) i;
    b[31] = (byte) (i >> 8);
    Bytes32 v = Bytes32.of(b);
    return new BatchLeaf(v, v, v, i & 0xFF, v, v);
  }

  private static List<Record> sample() {
    List<Record> records = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      records.add(new Item(leaf(i)));
    }
    records.add(new Batch(leaf(99).caseId(), 5));
    records.add(new Anchored(leaf(99).caseId()));
    records.add(new Item(leaf(6)));
    return records;
  }

  @Test
  void readsBackEveryRecordInOrder() {
    Path file = dir.resolve("j");
    try (BatchJournal j = BatchJournal.open(file, new ArrayList<>())) {
      j.append(sample());
    }
    List<Record> replayed = new ArrayList<>();
    BatchJournal.open(file, replayed).close();
    assertThat(replayed).isEqualTo(sample());
  }

  @Test
  void aTornLastRecordIsCutOffAndEverythingBeforeItKept() throws IOException {
    Path file = dir.resolve("j");
    try (BatchJournal j = BatchJournal.open(file, new ArrayList<>())) {
      j.append(sample());
    }
    byte[] whole = Files.readAllBytes(file);
    int lastRecord = 9 + 5 * 32 + 1; // an ITEM record: type, length, crc and the leaf
    for (int cut = whole.length - lastRecord + 1; cut < whole.length; cut++) {
      Path torn = dir.resolve("torn-" + cut);
      Files.write(torn, Arrays.copyOf(whole, cut));
      List<Record> replayed = new ArrayList<>();
      try (BatchJournal j = BatchJournal.open(torn, replayed)) {
        j.append(List.of(new Item(leaf(7))));
      }
      List<Record> expected = new ArrayList<>(sample().subList(0, sample().size() - 1));
      assertThat(replayed).as("cut at %d", cut).isEqualTo(expected);
      List<Record> again = new ArrayList<>();
      BatchJournal.open(torn, again).close();
      expected.add(new Item(leaf(7)));
      assertThat(again).as("appending after the cut, at %d", cut).isEqualTo(expected);
    }
  }

  @Test
  void aCorruptedRecordWithRecordsAfterItRefusesToOpenRatherThanDropThem() throws IOException {
    Path file = dir.resolve("j");
    try (BatchJournal j = BatchJournal.open(file, new ArrayList<>())) {
      j.append(sample());
    }
    byte[] bytes = Files.readAllBytes(file);
    int secondRecord = 9 + 5 * 32 + 1;
    bytes[secondRecord + 20] ^= 1; // inside the second ITEM's payload
    Files.write(file, bytes);
    assertThatThrownBy(() -> BatchJournal.open(file, new ArrayList<>()))
        .isInstanceOf(YunxiException.class)
        .hasMessageContaining("corrupted at byte " + secondRecord);
    assertThat(Files.readAllBytes(file)).as("nothing truncated").isEqualTo(bytes);
  }
}
