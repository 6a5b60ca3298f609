package cn.yunxi.sdk.blob;

import java.io.InputStream;

/**
 * {@code size} bytes of a cheap deterministic pattern, generated as read: nothing held in memory.
 */
public final class PatternStream extends InputStream {
  private final long size;
  private long position;

  public PatternStream(long size) {
    this.size = size;
  }

  @Override
  public int read() {
    return position < size ? pattern(position++) : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(len, size - position);
    for (int i = 0; i < n; i++) {
      b[off + i] = (byte) pattern(position + i);
    }
    position += n;
    return n;
  }

  private static int pattern(long i) {
    return (int) ((i * 0x9E3779B97F4A7C15L) >>> 56) & 0xff;
  }
}
