package cn.yunxi.sdk.blob;

import java.util.Objects;

/** The store has no blob with this reference. */
public class BlobNotFoundException extends BlobStoreException {
  private static final long serialVersionUID = 1L;

  private final BlobRef ref;

  public BlobNotFoundException(BlobRef ref, String where) {
    super("no blob " + ref + " in " + where);
    this.ref = Objects.requireNonNull(ref, "ref");
  }

  public BlobRef ref() {
    return ref;
  }
}
