package cn.yunxi.sdk.bench;

import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.crypto.DecryptionKeys;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.crypto.SealedEvidence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The {@code intake_mb_per_s} figure (not a test): a 1 GiB temp file through {@link EvidenceIntake}
 * (SHA-256 + SM3 + AES-256-GCM + a {@link LocalBlobStore} with fsync) against {@code sha256sum} of
 * the same file. Run it with the heap capped: {@code java -Xmx64m -cp … IntakeBenchmark [MiB]}.
 * Prints {@code intake_mb_per_s yunxi=<MB/s> baseline=<MB/s> ratio=<yunxi/baseline>} (MB = 10^6
 * bytes) on stdout, details on stderr.
 */
public final class IntakeBenchmark {
  private IntakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int mebibytes = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    Path dir = Files.createTempDirectory("yunxi-intake-bench-");
    try {
      Path file = dir.resolve("evidence.bin");
      writeFile(file, mebibytes);
      long bytes = Files.size(file);
      List<Recipient> recipients =
          List.of(
              DecryptionKeys.of(
                      KeyWrapScheme.ECIES_SECP256K1,
                      DecryptionKeys.generatePrivateKey(KeyWrapScheme.ECIES_SECP256K1))
                  .recipient());

      // First from a cold JVM (a command-line tool), then again warm (a long-running intake
      // service, the figure reported): the JIT needs a few hundred megabytes to compile SM3,
      // SHA-256 and the AES-GCM intrinsic path.
      double coldSeconds = timeIntake(dir.resolve("cold"), file, recipients).seconds();
      Timed warm = timeIntake(dir.resolve("warm"), file, recipients);
      SealedEvidence sealed = warm.sealed();
      double yunxiSeconds = warm.seconds();

      long start = System.nanoTime();
      String sha256sum = sha256sum(file);
      double baselineSeconds = (System.nanoTime() - start) / 1e9;
      if (!sha256sum.equals(sealed.sha256().toHex().substring(2))) {
        throw new IllegalStateException(
            "sha256sum says " + sha256sum + ", intake " + sealed.sha256());
      }

      double yunxi = bytes / 1e6 / yunxiSeconds;
      double baseline = bytes / 1e6 / baselineSeconds;
      System.err.printf(
          "file %d bytes, max heap %d MiB, %d cores: intake cold %.2f s (%.1f MB/s), warm %.2f s"
              + " (envelope %d bytes), sha256sum %.2f s%n",
          bytes,
          Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors(),
          coldSeconds,
          bytes / 1e6 / coldSeconds,
          yunxiSeconds,
          sealed.envelopeSize(),
          baselineSeconds);
      System.out.printf(
          "intake_mb_per_s yunxi=%.1f baseline=%.1f ratio=%.3f%n",
          yunxi, baseline, yunxi / baseline);
    } finally {
      deleteTree(dir);
    }
  }

  private record Timed(SealedEvidence sealed, double seconds) {}

  /** One intake of {@code file} into a fresh store, which is then deleted. */
  private static Timed timeIntake(Path storeDir, Path file, List<Recipient> recipients)
      throws IOException {
    EvidenceIntake intake = EvidenceIntake.create(LocalBlobStore.open(storeDir));
    long start = System.nanoTime();
    SealedEvidence sealed = intake.seal(file, recipients);
    double seconds = (System.nanoTime() - start) / 1e9;
    deleteTree(storeDir);
    return new Timed(sealed, seconds);
  }

  private static void writeFile(Path file, int mebibytes) throws IOException {
    byte[] block = new byte[1 << 20];
    new Random(20261128).nextBytes(block);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < mebibytes; i++) {
        // Vary each block so that no layer can shortcut repeated content.
        java.nio.ByteBuffer.wrap(block).putInt(0, i);
        out.write(block);
      }
    }
  }

  private static String sha256sum(Path file) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("sha256sum", file.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("sha256sum exited with " + process.exitValue());
    }
    return output.substring(0, 64);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
