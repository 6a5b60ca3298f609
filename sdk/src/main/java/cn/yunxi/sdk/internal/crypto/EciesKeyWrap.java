package cn.yunxi.sdk.internal.crypto;

import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TAMPERED;

import cn.yunxi.sdk.crypto.EcdhAgreement;
import cn.yunxi.sdk.crypto.EnvelopeException;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * ECIES on secp256k1 as ENVELOPE.md §5.1 defines it: wrapped = E (65) ‖ AES-256-GCM(KEK, nonce,
 * data key) ‖ tag (16), with KEK ‖ nonce = HKDF-SHA256(ikm = x(e·Q), salt = E ‖ Q, info = {@link
 * #INFO}, 44 bytes).
 */
public final class EciesKeyWrap {
  /** The HKDF info string (ASCII). */
  static final byte[] INFO =
      "yunxi-envelope/v1/ecies-secp256k1".getBytes(StandardCharsets.US_ASCII);

  static final int POINT_LENGTH = 65;
  static final int TAG_LENGTH = 16;
  private static final KeyWrapScheme SCHEME = KeyWrapScheme.ECIES_SECP256K1;

  private EciesKeyWrap() {}

  /** The length of a wrapped data key of {@code keyLength} bytes. */
  public static int wrappedLength(int keyLength) {
    return POINT_LENGTH + keyLength + TAG_LENGTH;
  }

  public static byte[] wrap(ECPoint recipient, byte[] dataKey, SecureRandom random) {
    BigInteger e = new BigInteger(1, Curves.randomPrivateKey(SCHEME, random));
    byte[] ephemeral = Curves.encodeUncompressed(Curves.publicPoint(SCHEME, e));
    byte[] shared = xCoordinate(recipient.multiply(e));
    byte[] okm = derive(shared, ephemeral, Curves.encodeUncompressed(recipient));
    try {
      byte[] sealed = gcm(Cipher.ENCRYPT_MODE, okm).doFinal(dataKey);
      byte[] wrapped = Arrays.copyOf(ephemeral, POINT_LENGTH + sealed.length);
      System.arraycopy(sealed, 0, wrapped, POINT_LENGTH, sealed.length);
      return wrapped;
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("AES-256-GCM key wrap failed", ex);
    } finally {
      Arrays.fill(okm, (byte) 0);
      Arrays.fill(shared, (byte) 0);
    }
  }

  /** Unwraps with {@code agreement} doing the ECDH of the recipient's private key. */
  public static byte[] unwrap(byte[] wrapped, ECPoint recipient, EcdhAgreement agreement) {
    if (wrapped.length <= POINT_LENGTH + TAG_LENGTH) {
      throw new EnvelopeException(
          TAMPERED, "ECIES wrapped key is only " + wrapped.length + " bytes");
    }
    byte[] ephemeral = Arrays.copyOf(wrapped, POINT_LENGTH);
    try {
      Curves.decodePublicKey(SCHEME, ephemeral);
      if (ephemeral[0] != 0x04) {
        throw new IllegalArgumentException("ephemeral key not uncompressed");
      }
    } catch (IllegalArgumentException ex) {
      throw new EnvelopeException(TAMPERED, "ECIES ephemeral key is not a secp256k1 point", ex);
    }
    byte[] shared = agreement.sharedSecret(ephemeral);
    if (shared == null || shared.length != 32) {
      throw new IllegalStateException("ECDH agreement did not return a 32-byte x-coordinate");
    }
    byte[] okm = derive(shared, ephemeral, Curves.encodeUncompressed(recipient));
    try {
      return gcm(Cipher.DECRYPT_MODE, okm)
          .doFinal(wrapped, POINT_LENGTH, wrapped.length - POINT_LENGTH);
    } catch (GeneralSecurityException ex) {
      throw new EnvelopeException(TAMPERED, "ECIES wrapped key does not authenticate", ex);
    } finally {
      Arrays.fill(okm, (byte) 0);
      Arrays.fill(shared, (byte) 0);
    }
  }

  /** ECDH with an in-memory scalar: x(d·E). */
  static EcdhAgreement inMemoryAgreement(BigInteger d) {
    return ephemeral -> xCoordinate(Curves.decodePublicKey(SCHEME, ephemeral).multiply(d));
  }

  private static byte[] xCoordinate(ECPoint point) {
    ECPoint p = point.normalize();
    if (p.isInfinity()) {
      throw new IllegalArgumentException("ECDH result is the point at infinity");
    }
    return BigIntegers.asUnsignedByteArray(32, p.getAffineXCoord().toBigInteger());
  }

  private static byte[] derive(byte[] shared, byte[] ephemeral, byte[] recipient) {
    byte[] salt = Arrays.copyOf(ephemeral, POINT_LENGTH * 2);
    System.arraycopy(recipient, 0, salt, POINT_LENGTH, POINT_LENGTH);
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(shared, salt, INFO));
    byte[] okm = new byte[44];
    hkdf.generateBytes(okm, 0, okm.length);
    return okm;
  }

  private static Cipher gcm(int mode, byte[] okm) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        mode,
        new SecretKeySpec(okm, 0, 32, "AES"),
        new GCMParameterSpec(TAG_LENGTH * 8, okm, 32, 12));
    return cipher;
  }
}
