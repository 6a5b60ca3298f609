package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.crypto.KeyWrapScheme;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * The two curves of the key-wrap schemes (secp256k1, sm2p256v1) and the public-key encodings the
 * Consortium contract stores: raw x‖y (64 bytes), uncompressed 04‖x‖y (65) or compressed (33).
 */
public final class Curves {
  private static final ECDomainParameters SECP256K1 = domain("secp256k1");
  private static final ECDomainParameters SM2P256V1 = domain("sm2p256v1");

  private Curves() {}

  private static ECDomainParameters domain(String name) {
    X9ECParameters params = CustomNamedCurves.getByName(name);
    return new ECDomainParameters(
        params.getCurve(), params.getG(), params.getN(), params.getH(), params.getSeed());
  }

  public static ECDomainParameters domain(KeyWrapScheme scheme) {
    return switch (scheme) {
      case ECIES_SECP256K1 -> SECP256K1;
      case SM2 -> SM2P256V1;
    };
  }

  /**
   * Decodes and validates a public key: on the curve, not the point at infinity.
   *
   * @throws IllegalArgumentException naming what was wrong
   */
  public static ECPoint decodePublicKey(KeyWrapScheme scheme, byte[] encoded) {
    byte[] bytes = encoded;
    if (bytes.length == 64) {
      bytes = new byte[65];
      bytes[0] = 0x04;
      System.arraycopy(encoded, 0, bytes, 1, 64);
    } else if (!(bytes.length == 65 && bytes[0] == 0x04)
        && !(bytes.length == 33 && (bytes[0] == 0x02 || bytes[0] == 0x03))) {
      throw new IllegalArgumentException(
          "not a 64-byte x‖y, 65-byte 04‖x‖y or 33-byte compressed public key: "
              + encoded.length
              + " bytes");
    }
    ECPoint point;
    try {
      point = domain(scheme).getCurve().decodePoint(bytes).normalize();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "public key is not a point on " + scheme.curveName() + ": " + e.getMessage(), e);
    }
    if (point.isInfinity() || !point.isValid()) {
      throw new IllegalArgumentException(
          "public key is not a valid " + scheme.curveName() + " point");
    }
    return point;
  }

  /** The 65-byte uncompressed encoding 04‖x‖y. */
  public static byte[] encodeUncompressed(ECPoint point) {
    return point.normalize().getEncoded(false);
  }

  /**
   * Decodes a private scalar (big-endian, at most 32 bytes after leading zeros), checking {@code 1
   * <= d < n}.
   */
  public static BigInteger decodePrivateKey(KeyWrapScheme scheme, byte[] privateKey) {
    // 33 bytes only as BigInteger.toByteArray() writes a 256-bit value: a leading sign byte 0.
    if (privateKey.length == 0
        || privateKey.length > 33
        || (privateKey.length == 33 && privateKey[0] != 0)) {
      throw new IllegalArgumentException("private key is " + privateKey.length + " bytes, not 32");
    }
    BigInteger d = new BigInteger(1, privateKey);
    BigInteger n = domain(scheme).getN();
    if (d.signum() <= 0 || d.compareTo(n) >= 0) {
      throw new IllegalArgumentException("private key is not in [1, n-1] of " + scheme.curveName());
    }
    if (scheme == KeyWrapScheme.SM2 && d.equals(n.subtract(BigInteger.ONE))) {
      // GB/T 32918.1: d = n-1 is excluded (its signatures would divide by 1+d = n).
      throw new IllegalArgumentException("private key n-1 is not allowed on sm2p256v1");
    }
    return d;
  }

  /** A random private scalar in [1, n-2] as 32 big-endian bytes. */
  public static byte[] randomPrivateKey(KeyWrapScheme scheme, SecureRandom random) {
    BigInteger n = domain(scheme).getN();
    BigInteger d =
        BigIntegers.createRandomInRange(BigInteger.ONE, n.subtract(BigInteger.TWO), random);
    return BigIntegers.asUnsignedByteArray(32, d);
  }

  /** d·G. */
  public static ECPoint publicPoint(KeyWrapScheme scheme, BigInteger d) {
    return new FixedPointCombMultiplier().multiply(domain(scheme).getG(), d).normalize();
  }
}
