package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.YunxiException;
import java.io.IOException;
import java.io.InputStream;

/** Blocking reads that fill a buffer, with I/O failures wrapped and named. */
public final class StreamIo {
  private StreamIo() {}

  /**
   * Reads until {@code len} bytes are in or the stream ends.
   *
   * @return the number of bytes read, less than {@code len} only at the end of the stream
   */
  public static int readFully(InputStream in, byte[] b, int off, int len, String what) {
    int total = 0;
    try {
      while (total < len) {
        int n = in.read(b, off + total, len - total);
        if (n < 0) {
          break;
        }
        total += n;
      }
    } catch (IOException e) {
      throw new YunxiException("reading " + what + " failed: " + e.getMessage(), e);
    }
    return total;
  }

  /** One byte, or -1 at the end of the stream. */
  public static int read(InputStream in, String what) {
    try {
      return in.read();
    } catch (IOException e) {
      throw new YunxiException("reading " + what + " failed: " + e.getMessage(), e);
    }
  }
}
