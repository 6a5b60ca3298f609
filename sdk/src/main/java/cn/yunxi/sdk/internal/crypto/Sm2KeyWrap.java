package cn.yunxi.sdk.internal.crypto;

import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TAMPERED;

import cn.yunxi.sdk.crypto.EnvelopeException;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.crypto.Sm2Decryptor;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * SM2 encryption of data keys as ENVELOPE.md §5.2 defines it: BouncyCastle's {@link SM2Engine} with
 * SM3 in C1‖C3‖C2 mode, C1 uncompressed — wrapped = C1 (65) ‖ C3 (32) ‖ C2 (key length).
 */
public final class Sm2KeyWrap {
  static final int C1_LENGTH = 65;
  static final int C3_LENGTH = 32;
  private static final KeyWrapScheme SCHEME = KeyWrapScheme.SM2;

  private Sm2KeyWrap() {}

  public static int wrappedLength(int keyLength) {
    return C1_LENGTH + C3_LENGTH + keyLength;
  }

  public static byte[] wrap(ECPoint recipient, byte[] dataKey, SecureRandom random) {
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    engine.init(
        true,
        new ParametersWithRandom(
            new ECPublicKeyParameters(recipient, Curves.domain(SCHEME)), random));
    try {
      return engine.processBlock(dataKey, 0, dataKey.length);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM2 encryption failed", e);
    }
  }

  public static byte[] unwrap(byte[] wrapped, Sm2Decryptor decryptor) {
    if (wrapped.length <= C1_LENGTH + C3_LENGTH) {
      throw new EnvelopeException(TAMPERED, "SM2 wrapped key is only " + wrapped.length + " bytes");
    }
    try {
      if (wrapped[0] != 0x04) {
        throw new IllegalArgumentException("C1 not uncompressed");
      }
      Curves.decodePublicKey(SCHEME, Arrays.copyOf(wrapped, C1_LENGTH));
    } catch (IllegalArgumentException e) {
      throw new EnvelopeException(TAMPERED, "SM2 C1 is not an sm2p256v1 point", e);
    }
    return decryptor.decrypt(wrapped);
  }

  /** SM2 decryption with an in-memory scalar. */
  static Sm2Decryptor inMemoryDecryptor(BigInteger d) {
    ECPrivateKeyParameters key = new ECPrivateKeyParameters(d, Curves.domain(SCHEME));
    return c1c3c2 -> {
      SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
      engine.init(false, key);
      try {
        return engine.processBlock(c1c3c2, 0, c1c3c2.length);
      } catch (InvalidCipherTextException | RuntimeException e) {
        throw new EnvelopeException(TAMPERED, "SM2 wrapped key does not decrypt", e);
      }
    };
  }
}
