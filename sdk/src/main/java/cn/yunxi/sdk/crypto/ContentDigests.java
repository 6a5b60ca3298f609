package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.internal.crypto.DualDigest;
import cn.yunxi.sdk.model.Bytes32;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The two digests the chain records for a piece of evidence — SHA-256 and SM3 of the plaintext —
 * and its size in bytes.
 */
public record ContentDigests(Bytes32 sha256, Bytes32 sm3, long size) {
  public ContentDigests {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sm3, "sm3");
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
  }

  /** The digests of {@code content}. */
  public static ContentDigests of(byte[] content) {
    Objects.requireNonNull(content, "content");
    return DualDigest.ofBytes(content);
  }

  /** The digests of everything {@code content} yields (read to its end, not closed). */
  public static ContentDigests of(InputStream content) {
    Objects.requireNonNull(content, "content");
    return DualDigest.of(content);
  }

  /** The digests of a file, in one pass (SM3 on its own thread). */
  public static ContentDigests of(Path file) {
    Objects.requireNonNull(file, "file");
    return DualDigest.of(file);
  }
}
