package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.blob.PatternStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link SmallHeapIntakeTest} in a JVM with a small heap: seals a generated stream of the
 * given size into a local store and opens it back, then prints both sets of digests.
 */
public final class SmallHeapIntakeMain {
  private SmallHeapIntakeMain() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]);
    long size = Long.parseLong(args[1]);
    DecryptionKey reader = TestKeys.secp256k1("small heap");
    EvidenceIntake intake = EvidenceIntake.create(LocalBlobStore.open(root));

    SealedEvidence sealed = intake.seal(new PatternStream(size), List.of(reader.recipient()));
    ContentDigests opened = intake.open(sealed.blobRef(), reader, OutputStream.nullOutputStream());

    System.out.println("sealed " + line(sealed.digests()));
    System.out.println("opened " + line(opened));
    System.out.println("maxHeapMiB " + (Runtime.getRuntime().maxMemory() >> 20));
  }

  private static String line(ContentDigests d) {
    return d.sha256() + " " + d.sm3() + " " + d.size();
  }
}
