package cn.yunxi.sdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.blob.BlobIntegrityException;
import cn.yunxi.sdk.blob.BlobNotFoundException;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.LocalBlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intake into a real local blob store and back. */
class EvidenceIntakeTest {
  private static final DecryptionKey OWNER = TestKeys.secp256k1("owning department");
  private static final DecryptionKey AUDITOR = TestKeys.sm2("auditor");
  private static final List<Recipient> READERS = List.of(OWNER.recipient(), AUDITOR.recipient());

  @TempDir Path dir;
  private LocalBlobStore store;
  private EvidenceIntake intake;

  @BeforeEach
  void open() {
    store = LocalBlobStore.open(dir.resolve("blobs"));
    intake = EvidenceIntake.create(store);
  }

  @Test
  void sealsAFileIntoTheStoreAndOpensItBack() throws IOException {
    byte[] content = TestKeys.content((2 << 20) + 123, 1);
    Path file = Files.write(dir.resolve("photo.jpg"), content);

    SealedEvidence sealed = intake.seal(file, READERS);

    assertThat(sealed.digests()).isEqualTo(ContentDigests.of(content));
    assertThat(sealed.plaintextSize()).isEqualTo(content.length);
    assertThat(sealed.cipherSuite()).isEqualTo(CipherSuite.AES_256_GCM);
    byte[] stored = Files.readAllBytes(store.pathOf(sealed.blobRef()));
    assertThat(stored).hasSize((int) sealed.envelopeSize());
    assertThat(sealed.blobRef()).isEqualTo(BlobRef.ofContent(stored));
    assertThat(
            EnvelopeOpener.readHeader(new ByteArrayInputStream(stored))
                .isAddressedTo(AUDITOR.recipient()))
        .isTrue();

    for (DecryptionKey reader : List.of(OWNER, AUDITOR)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ContentDigests opened = intake.open(sealed.blobRef(), reader, out);
      assertThat(opened).isEqualTo(sealed.digests());
      assertThat(out.toByteArray()).isEqualTo(content);
    }
  }

  @Test
  void sealsStreamsAndBytesAlike() {
    byte[] content = TestKeys.content(70_000, 2);
    SealedEvidence fromBytes = intake.seal(content, READERS);
    SealedEvidence fromStream = intake.seal(new ByteArrayInputStream(content), READERS);

    assertThat(fromStream.digests()).isEqualTo(fromBytes.digests());
    // A fresh data key each time: two blobs for the same content.
    assertThat(fromStream.blobRef()).isNotEqualTo(fromBytes.blobRef());
    assertThat(store.contains(fromBytes.blobRef())).isTrue();
    assertThat(store.contains(fromStream.blobRef())).isTrue();
  }

  @Test
  void oneIntakeSealsForManyThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<SealedEvidence>> seals = new ArrayList<>();
      for (int t = 0; t < 12; t++) {
        byte[] content = TestKeys.content((1 << 20) + t * 1000, t);
        seals.add(pool.submit(() -> intake.seal(content, READERS)));
      }
      for (int t = 0; t < 12; t++) {
        SealedEvidence sealed = seals.get(t).get();
        byte[] content = TestKeys.content((1 << 20) + t * 1000, t);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(intake.open(sealed.blobRef(), AUDITOR, out))
            .isEqualTo(ContentDigests.of(content));
        assertThat(out.toByteArray()).isEqualTo(content);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sealsWithSm4WhenAskedTo() {
    EvidenceIntake sm4 =
        EvidenceIntake.create(
            store, EnvelopeSealer.builder().cipherSuite(CipherSuite.SM4_GCM).build());
    byte[] content = TestKeys.content(3 << 20, 3);

    SealedEvidence sealed = sm4.seal(content, List.of(AUDITOR.recipient()));

    assertThat(sealed.cipherSuite()).isEqualTo(CipherSuite.SM4_GCM);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(sm4.open(sealed.blobRef(), AUDITOR, out)).isEqualTo(sealed.digests());
    assertThat(out.toByteArray()).isEqualTo(content);
  }

  @Test
  void aFailingSourceStoresNothing() throws IOException {
    InputStream failing =
        new InputStream() {
          private int served;

          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (served > (5 << 20) / 2) {
              throw new IOException("camera disconnected");
            }
            served += len;
            return len;
          }
        };

    assertThatThrownBy(() -> intake.seal(failing, READERS))
        .isInstanceOf(YunxiException.class)
        .hasMessage("reading the content failed: camera disconnected");

    try (Stream<Path> files = Files.walk(store.root())) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void aTamperedStoredBlobIsRefusedAndOnlyVerifiedChunksWereReleased() throws IOException {
    byte[] content = TestKeys.content(3 << 20, 4);
    SealedEvidence sealed = intake.seal(content, READERS);
    Path path = store.pathOf(sealed.blobRef());
    long secondChunk = Files.size(path) - (content.length + 3 * 20) + (1 << 20) + 20;
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.seek(secondChunk + 1000);
      int b = file.read();
      file.seek(secondChunk + 1000);
      file.write(b ^ 1);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> intake.open(sealed.blobRef(), OWNER, out))
        .isInstanceOfSatisfying(
            EnvelopeException.class,
            e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.TAMPERED))
        .hasMessageContaining("chunk 1 does not authenticate");
    assertThat(out.toByteArray()).isEqualTo(Arrays.copyOf(content, 1 << 20));
  }

  @Test
  void aTruncatedStoredBlobFailsItsIntegrityCheck() throws IOException {
    SealedEvidence sealed = intake.seal(TestKeys.content(3000, 5), READERS);
    Path path = store.pathOf(sealed.blobRef());
    byte[] stored = Files.readAllBytes(path);
    Files.write(path, Arrays.copyOf(stored, stored.length - 1));

    assertThatThrownBy(() -> intake.open(sealed.blobRef(), OWNER, new ByteArrayOutputStream()))
        .isInstanceOf(BlobIntegrityException.class);
  }

  @Test
  void openingNeedsTheBlobAndARecipientsKey() {
    SealedEvidence sealed = intake.seal(new byte[10], List.of(OWNER.recipient()));
    BlobRef missing = BlobRef.ofContent(new byte[] {9});

    assertThatThrownBy(() -> intake.open(missing, OWNER, new ByteArrayOutputStream()))
        .isInstanceOf(BlobNotFoundException.class);
    assertThatThrownBy(() -> intake.open(sealed.blobRef(), AUDITOR, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            EnvelopeException.class,
            e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_A_RECIPIENT));
  }
}
