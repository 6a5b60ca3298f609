package cn.yunxi.sdk.internal.blob;

import cn.yunxi.sdk.blob.BlobIntegrityException;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.internal.crypto.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Hashes a blob's bytes as they are read and, at the end of the stream, refuses to report the end
 * unless they hash to the blob's reference: a reader that reads to the end never takes corrupt
 * content for good content.
 */
public final class VerifyingInputStream extends InputStream {
  private final BlobRef ref;
  private final InputStream raw;
  private final MessageDigest digest = Sha256.newDigest();
  private long count;
  private BlobIntegrityException failure;
  private boolean verified;

  public VerifyingInputStream(BlobRef ref, InputStream raw) {
    this.ref = ref;
    this.raw = raw;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (len == 0) {
      return 0;
    }
    int n = raw.read(b, off, len);
    if (n > 0) {
      digest.update(b, off, n);
      count += n;
    } else if (n < 0) {
      verifyAtEnd();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be hashed too, or the check at the end would fail for the wrong reason.
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
    long skipped = 0;
    while (skipped < n) {
      int got = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (got < 0) {
        break;
      }
      skipped += got;
    }
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return raw.available();
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }

  private void verifyAtEnd() {
    if (verified) {
      return;
    }
    byte[] actual = digest.digest();
    if (!ref.matches(actual)) {
      failure =
          new BlobIntegrityException(
              ref, "its " + count + " bytes hash to " + BlobRef.of(actual).hex());
      throw failure;
    }
    verified = true;
  }
}
