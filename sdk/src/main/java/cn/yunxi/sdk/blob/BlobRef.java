package cn.yunxi.sdk.blob;

import cn.yunxi.sdk.internal.crypto.Sha256;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The content address of a blob: the SHA-256 of its exact bytes, written as 64 lower-case hex
 * digits. On chain it is the {@code blobRef} field of an evidence record ({@link #toBytes32()}).
 */
public final class BlobRef implements Comparable<BlobRef> {
  private final byte[] sha256;

  private BlobRef(byte[] sha256) {
    this.sha256 = sha256;
  }

  /** A copy of exactly 32 bytes. */
  public static BlobRef of(byte[] sha256) {
    Objects.requireNonNull(sha256, "sha256");
    if (sha256.length != 32) {
      throw new IllegalArgumentException("sha256.length != 32: " + sha256.length);
    }
    return new BlobRef(sha256.clone());
  }

  /** Parses 64 hex digits (either case, no prefix). */
  public static BlobRef fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != 64) {
      throw new IllegalArgumentException("not 64 hex digits: " + hex);
    }
    try {
      return new BlobRef(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not 64 hex digits: " + hex, e);
    }
  }

  public static BlobRef fromBytes32(Bytes32 value) {
    Objects.requireNonNull(value, "value");
    return new BlobRef(value.toByteArray());
  }

  /** The reference of {@code content}: its SHA-256. */
  public static BlobRef ofContent(byte[] content) {
    Objects.requireNonNull(content, "content");
    return new BlobRef(Sha256.of(content));
  }

  /** A copy of the 32 bytes. */
  public byte[] toByteArray() {
    return sha256.clone();
  }

  public Bytes32 toBytes32() {
    return Bytes32.of(sha256);
  }

  /** 64 lower-case hex digits. */
  public String hex() {
    return HexFormat.of().formatHex(sha256);
  }

  /** Whether {@code digest} (32 bytes) is this reference. */
  public boolean matches(byte[] digest) {
    return java.security.MessageDigest.isEqual(sha256, digest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlobRef other && Arrays.equals(sha256, other.sha256);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sha256);
  }

  @Override
  public int compareTo(BlobRef o) {
    return Arrays.compareUnsigned(sha256, o.sha256);
  }

  @Override
  public String toString() {
    return hex();
  }
}
