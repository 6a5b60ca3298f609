package cn.yunxi.network.internal;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * The few secp256k1 operations the module needs, over web3j's crypto: key derivation from a seed,
 * public keys, addresses. Keeps web3j types out of the public API.
 */
public final class Secp256k1 {
  private static final BigInteger ORDER = Sign.CURVE_PARAMS.getN();
  private static final HexFormat HEX = HexFormat.of();

  private Secp256k1() {}

  /** Whether {@code key} is a valid private key: 1 ≤ key < n. */
  public static boolean isValidPrivateKey(BigInteger key) {
    return key.signum() > 0 && key.compareTo(ORDER) < 0;
  }

  /**
   * keccak256 of {@code seed}, rehashed in the (≈2⁻¹²⁸) case it is not a valid private key. The dev
   * chain's keys ({@code seed:} references) are keccak256 of their text, as in the contract tests'
   * fixture, so the same seed gives the same account everywhere.
   */
  public static BigInteger privateKeyFromSeed(byte[] seed) {
    byte[] digest = Hash.sha3(seed);
    BigInteger key = Numeric.toBigInt(digest);
    while (!isValidPrivateKey(key)) {
      digest = Hash.sha3(digest);
      key = Numeric.toBigInt(digest);
    }
    return key;
  }

  /** The uncompressed public key x ‖ y, 64 bytes. */
  public static byte[] publicKeyOf(BigInteger privateKey) {
    requireValid(privateKey);
    return Numeric.toBytesPadded(Sign.publicKeyFromPrivate(privateKey), 64);
  }

  /** The account address of {@code privateKey}: {@code 0x}, 40 lower-case hex digits. */
  public static String addressOf(BigInteger privateKey) {
    return addressOfPublicKey(publicKeyOf(privateKey));
  }

  /** The account address of the 64-byte public key x ‖ y. */
  public static String addressOfPublicKey(byte[] publicKey) {
    return "0x" + Keys.getAddress(HEX.formatHex(publicKey)).toLowerCase(Locale.ROOT);
  }

  /** Whether the 64 bytes x ‖ y are a point on the curve (not the point at infinity). */
  public static boolean isOnCurve(byte[] publicKey) {
    if (publicKey.length != 64) {
      return false;
    }
    byte[] encoded = new byte[65];
    encoded[0] = 0x04;
    System.arraycopy(publicKey, 0, encoded, 1, 64);
    try {
      ECPoint point = Sign.CURVE_PARAMS.getCurve().decodePoint(encoded);
      return point.isValid() && !point.isInfinity();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void requireValid(BigInteger privateKey) {
    if (!isValidPrivateKey(privateKey)) {
      throw new IllegalArgumentException("not a secp256k1 private key (must be 1 ≤ key < n)");
    }
  }
}
