package cn.yunxi.sdk.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store against a real directory. */
class LocalBlobStoreTest {
  @TempDir Path root;
  private LocalBlobStore store;
  private ExecutorService pool;

  @BeforeEach
  void open() {
    store = LocalBlobStore.open(root);
  }

  @AfterEach
  void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Test
  void storesContentUnderItsSha256WithTwoLevelsOfFanOut() throws IOException {
    byte[] content = bytes(10_000, 1);

    BlobRef ref = store.put(content);

    assertThat(ref).isEqualTo(BlobRef.ofContent(content));
    String hex = ref.hex();
    Path expected = root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    assertThat(store.pathOf(ref)).isEqualTo(expected);
    assertThat(Files.readAllBytes(expected)).isEqualTo(content);
    assertThat(store.contains(ref)).isTrue();
    assertThat(store.size(ref)).isEqualTo(10_000);
    assertThat(readAll(ref)).isEqualTo(content);
    assertThat(stagingFiles()).isEmpty();
  }

  @Test
  void storesTheEmptyBlob() throws IOException {
    BlobRef ref = store.put(new byte[0]);
    assertThat(ref.hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(readAll(ref)).isEmpty();
  }

  @Test
  void anAbortedWriterLeavesNothing() throws IOException {
    byte[] content = bytes(5000, 2);
    BlobWriter writer = store.newWriter();
    writer.write(content);
    assertThat(stagingFiles()).hasSize(1);

    writer.abort();
    writer.abort(); // idempotent

    assertThat(store.contains(BlobRef.ofContent(content))).isFalse();
    assertThat(blobFiles()).isEmpty();
    assertThat(stagingFiles()).isEmpty();
    assertThatThrownBy(() -> writer.write(content))
        .hasMessage("cannot write: writer already aborted");
    assertThatThrownBy(writer::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aWriterNeverCommittedIsInvisibleAndClosingItCleansUp() throws IOException {
    byte[] content = bytes(5000, 3);
    try (BlobWriter writer = store.newWriter()) {
      writer.write(content, 0, 2500);
      writer.write(content, 2500, 2500);
      assertThat(writer.size()).isEqualTo(5000);
      assertThat(store.contains(BlobRef.ofContent(content))).isFalse();
      assertThat(blobFiles()).isEmpty();
    }
    assertThat(stagingFiles()).isEmpty();
    assertThat(store.contains(BlobRef.ofContent(content))).isFalse();
  }

  @Test
  void aCommittedWriterRefusesMoreAndCloseKeepsTheBlob() throws IOException {
    BlobRef ref;
    BlobWriter writer = store.newWriter();
    try (writer) {
      writer.write(bytes(100, 4));
      ref = writer.commit();
      assertThatThrownBy(() -> writer.write(new byte[1]))
          .hasMessage("cannot write: writer already committed");
      assertThatThrownBy(writer::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(readAll(ref)).isEqualTo(bytes(100, 4));
  }

  @Test
  void puttingExistingContentAgainIsANoOp() throws IOException {
    byte[] content = bytes(4096, 5);
    BlobRef ref = store.put(content);
    FileTime old = FileTime.from(Instant.now().minus(3, ChronoUnit.DAYS));
    Files.setLastModifiedTime(store.pathOf(ref), old);

    assertThat(store.put(content)).isEqualTo(ref);

    assertThat(Files.getLastModifiedTime(store.pathOf(ref))).isEqualTo(old);
    assertThat(blobFiles()).hasSize(1);
    assertThat(stagingFiles()).isEmpty();
  }

  @Test
  void aCorruptedBlobFailsItsReadWithTheBlobsReference() throws IOException {
    byte[] content = bytes(200_000, 6);
    BlobRef ref = store.put(content);
    try (RandomAccessFile file = new RandomAccessFile(store.pathOf(ref).toFile(), "rw")) {
      file.seek(123_456);
      file.write(content[123_456] ^ 0x10);
    }

    assertThatThrownBy(() -> readAll(ref))
        .isInstanceOfSatisfying(
            BlobIntegrityException.class, e -> assertThat(e.ref()).isEqualTo(ref))
        .hasMessageContaining("blob " + ref + " is corrupt: its 200000 bytes hash to ");
  }

  @Test
  void aTruncatedOrExtendedBlobFailsItsRead() throws IOException {
    byte[] content = bytes(1000, 7);
    BlobRef ref = store.put(content);
    Path path = store.pathOf(ref);

    Files.write(path, java.util.Arrays.copyOf(content, 999));
    assertThatThrownBy(() -> readAll(ref)).isInstanceOf(BlobIntegrityException.class);

    Files.write(path, java.util.Arrays.copyOf(content, 1001));
    assertThatThrownBy(() -> readAll(ref)).isInstanceOf(BlobIntegrityException.class);

    // Putting the content again repairs a copy whose size is wrong.
    store.put(content);
    assertThat(readAll(ref)).isEqualTo(content);
  }

  @Test
  void aStreamKeepsFailingAfterTheIntegrityError() throws IOException {
    byte[] content = bytes(100, 8);
    BlobRef other = BlobRef.ofContent(new byte[1]);
    try (InputStream in =
        BlobIntegrity.verifying(other, new java.io.ByteArrayInputStream(content))) {
      assertThat(in.skip(60)).isEqualTo(60);
      assertThat(in.readNBytes(40)).hasSize(40);
      assertThatThrownBy(in::read).isInstanceOf(BlobIntegrityException.class);
      assertThatThrownBy(in::read).isInstanceOf(BlobIntegrityException.class);
    }
    try (InputStream in =
        BlobIntegrity.verifying(
            BlobRef.ofContent(content), new java.io.ByteArrayInputStream(content))) {
      assertThat(in.skip(60)).isEqualTo(60); // skipped bytes are hashed too
      assertThat(in.readAllBytes()).hasSize(40);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void aMissingBlobIsNotFound() {
    BlobRef ref = BlobRef.ofContent(new byte[] {1, 2, 3});
    assertThat(store.contains(ref)).isFalse();
    assertThatThrownBy(() -> store.open(ref))
        .isInstanceOfSatisfying(
            BlobNotFoundException.class, e -> assertThat(e.ref()).isEqualTo(ref))
        .hasMessage("no blob " + ref + " in " + store.root());
    assertThatThrownBy(() -> store.size(ref)).isInstanceOf(BlobNotFoundException.class);
  }

  @Test
  void eightThreadsPuttingTheSameContentAllGetItAndOneCopyRemains() throws Exception {
    byte[] content = bytes(3 << 20, 9);
    pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<BlobRef>> puts = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      puts.add(
          pool.submit(
              () -> {
                start.await();
                return store.put(content);
              }));
    }
    start.countDown();

    Set<BlobRef> refs = new java.util.HashSet<>();
    for (Future<BlobRef> put : puts) {
      refs.add(put.get());
    }
    assertThat(refs).containsExactly(BlobRef.ofContent(content));
    assertThat(readAll(BlobRef.ofContent(content))).isEqualTo(content);
    assertThat(blobFiles()).hasSize(1);
    assertThat(stagingFiles()).isEmpty();
  }

  @Test
  void eightThreadsPuttingDifferentContentsInterleaveSafely() throws Exception {
    pool = Executors.newFixedThreadPool(8);
    List<Callable<List<BlobRef>>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      tasks.add(
          () -> {
            List<BlobRef> mine = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
              mine.add(store.put(bytes(1000 + i, thread * 100L + i)));
            }
            return mine;
          });
    }
    List<BlobRef> all = new ArrayList<>();
    for (Future<List<BlobRef>> f : pool.invokeAll(tasks)) {
      all.addAll(f.get());
    }
    assertThat(Set.copyOf(all)).hasSize(200);
    for (int t = 0; t < 8; t++) {
      for (int i = 0; i < 25; i++) {
        assertThat(readAll(all.get(t * 25 + i))).isEqualTo(bytes(1000 + i, t * 100L + i));
      }
    }
  }

  @Test
  void streamsALargeBlobInAndOutWithoutHoldingIt() throws Exception {
    long size = 96L << 20;
    BlobRef ref = store.put(new PatternStream(size));
    MessageDigest expected = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new PatternStream(size)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        expected.update(buffer, 0, n);
      }
    }
    assertThat(ref).isEqualTo(BlobRef.of(expected.digest()));
    assertThat(store.size(ref)).isEqualTo(size);
    long read = 0;
    try (InputStream in = store.open(ref)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        read += n;
      }
    }
    assertThat(read).isEqualTo(size);
  }

  @Test
  void openingRemovesStagingFilesLeftByCrashedWritersLongAgo() throws IOException {
    Path staging = root.resolve("tmp");
    Path stale = Files.write(staging.resolve("blob-1.part"), new byte[10]);
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    Path recent = Files.write(staging.resolve("blob-2.part"), new byte[10]);

    LocalBlobStore.open(root);

    assertThat(stale).doesNotExist();
    assertThat(recent).exists(); // perhaps a live writer in another process
  }

  private byte[] readAll(BlobRef ref) throws IOException {
    try (InputStream in = store.open(ref)) {
      return in.readAllBytes();
    }
  }

  private List<Path> stagingFiles() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
      return files.collect(Collectors.toList());
    }
  }

  private List<Path> blobFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getParent().equals(root.resolve("tmp")))
          .collect(Collectors.toList());
    }
  }

  private static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
