package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.internal.crypto.Curves;
import cn.yunxi.sdk.internal.crypto.Sha256;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A reader an envelope's data key is wrapped for: a key-wrap scheme and that reader's public key —
 * the bytes the Consortium contract stores as a department's encryption key.
 */
public final class Recipient {
  private final KeyWrapScheme scheme;
  private final byte[] publicKey;
  private final Bytes32 keyId;

  private Recipient(KeyWrapScheme scheme, byte[] uncompressed) {
    this.scheme = scheme;
    this.publicKey = uncompressed;
    this.keyId = Bytes32.of(Sha256.of(uncompressed));
  }

  /**
   * A reader's public key on the scheme's curve: raw x‖y (64 bytes), uncompressed 04‖x‖y (65) or
   * compressed (33).
   *
   * @throws IllegalArgumentException if the bytes are not a valid point of that curve
   */
  public static Recipient of(KeyWrapScheme scheme, byte[] publicKey) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(publicKey, "publicKey");
    return new Recipient(
        scheme, Curves.encodeUncompressed(Curves.decodePublicKey(scheme, publicKey)));
  }

  /** An ECIES-on-secp256k1 reader. */
  public static Recipient secp256k1(byte[] publicKey) {
    return of(KeyWrapScheme.ECIES_SECP256K1, publicKey);
  }

  /** An SM2 reader. */
  public static Recipient sm2(byte[] publicKey) {
    return of(KeyWrapScheme.SM2, publicKey);
  }

  public KeyWrapScheme scheme() {
    return scheme;
  }

  /** The public key as 65 bytes 04‖x‖y (a copy). */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** SHA-256 of the 65-byte uncompressed public key: how an envelope names this reader. */
  public Bytes32 keyId() {
    return keyId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recipient other
        && scheme == other.scheme
        && Arrays.equals(publicKey, other.publicKey);
  }

  @Override
  public int hashCode() {
    return 31 * scheme.hashCode() + Arrays.hashCode(publicKey);
  }

  @Override
  public String toString() {
    return "Recipient[" + scheme + " " + HexFormat.of().formatHex(publicKey) + "]";
  }
}
