package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.YunxiException;
import java.io.IOException;
import java.io.OutputStream;

/** Where sealed envelope bytes go: an output stream or a blob writer. */
@FunctionalInterface
public interface ChunkSink {
  void write(byte[] bytes, int offset, int length);

  static ChunkSink of(OutputStream out, String what) {
    return (bytes, offset, length) -> {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw new YunxiException("writing " + what + " failed: " + e.getMessage(), e);
      }
    };
  }
}
