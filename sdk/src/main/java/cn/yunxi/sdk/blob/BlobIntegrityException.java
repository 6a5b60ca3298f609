package cn.yunxi.sdk.blob;

import java.util.Objects;

/**
 * A blob's bytes do not hash to its reference: it was corrupted or replaced in the store. Thrown by
 * the stream {@link BlobStore#open} returns, when it reaches the end of the blob.
 */
public class BlobIntegrityException extends BlobStoreException {
  private static final long serialVersionUID = 1L;

  private final BlobRef ref;

  public BlobIntegrityException(BlobRef ref, String detail) {
    super("blob " + ref + " is corrupt: " + detail);
    this.ref = Objects.requireNonNull(ref, "ref");
  }

  public BlobRef ref() {
    return ref;
  }
}
