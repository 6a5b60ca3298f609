package cn.yunxi.sdk.blob;

import cn.yunxi.sdk.internal.blob.VerifyingInputStream;
import java.io.InputStream;
import java.util.Objects;

/** The read-side integrity check every {@link BlobStore} applies, for implementations to reuse. */
public final class BlobIntegrity {
  private BlobIntegrity() {}

  /**
   * A stream over {@code raw} that hashes what it yields and throws {@link BlobIntegrityException}
   * at the end of the stream if it is not {@code ref}.
   */
  public static InputStream verifying(BlobRef ref, InputStream raw) {
    return new VerifyingInputStream(
        Objects.requireNonNull(ref, "ref"), Objects.requireNonNull(raw, "raw"));
  }
}
