package cn.yunxi.sdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

/**
 * An envelope reader written from sdk/ENVELOPE.md alone, with the JDK and BouncyCastle primitives
 * and none of the SDK's code: it must read what the SDK writes, which checks that the document says
 * exactly what the code does.
 */
class EnvelopeReferenceReaderTest {
  private static final byte[] PRIVATE = sha256("reference reader".getBytes(StandardCharsets.UTF_8));

  @Test
  void readsEciesAesEnvelopesAsDocumented() throws Exception {
    checkAllSizes(CipherSuite.AES_256_GCM, KeyWrapScheme.ECIES_SECP256K1);
  }

  @Test
  void readsSm2Sm4EnvelopesAsDocumented() throws Exception {
    checkAllSizes(CipherSuite.SM4_GCM, KeyWrapScheme.SM2);
  }

  @Test
  void readsMixedSuitesAndSchemesAsDocumented() throws Exception {
    checkAllSizes(CipherSuite.AES_256_GCM, KeyWrapScheme.SM2);
    checkAllSizes(CipherSuite.SM4_GCM, KeyWrapScheme.ECIES_SECP256K1);
  }

  @Test
  void theDocumentedFiveByteExampleHasTheDocumentedLayout() throws Exception {
    DecryptionKey reader = DecryptionKeys.of(KeyWrapScheme.ECIES_SECP256K1, PRIVATE);
    byte[] envelope =
        Envelopes.seal(
            EnvelopeSealer.create(),
            "hello".getBytes(StandardCharsets.US_ASCII),
            List.of(reader.recipient()));
    assertThat(envelope).hasSize(199);
    assertThat(Arrays.copyOf(envelope, 12))
        .isEqualTo(new byte[] {0x59, 0x58, 0x45, 0x56, 1, 1, 0, 0, 0, 0x10, 0, 0});
    assertThat(Arrays.copyOfRange(envelope, 24, 27)).isEqualTo(new byte[] {0, 1, 1});
    assertThat(Arrays.copyOfRange(envelope, 59, 61)).isEqualTo(new byte[] {0, 0x71});
    assertThat(Arrays.copyOfRange(envelope, 174, 178)).isEqualTo(new byte[] {(byte) 0x80, 0, 0, 5});
    assertThat(read(envelope, KeyWrapScheme.ECIES_SECP256K1))
        .isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
  }

  private static void checkAllSizes(CipherSuite suite, KeyWrapScheme scheme) throws Exception {
    DecryptionKey reader = DecryptionKeys.of(scheme, PRIVATE);
    DecryptionKey other = TestKeys.secp256k1("someone else");
    for (int size : new int[] {0, 1, 31, 32, 33, 100}) {
      byte[] content = TestKeys.content(size, size);
      byte[] envelope =
          Envelopes.seal(
              Envelopes.sealer(suite, 32, size),
              content,
              List.of(other.recipient(), reader.recipient()));
      assertThat(read(envelope, scheme))
          .as("%s %s %d bytes", suite, scheme, size)
          .isEqualTo(content);
    }
  }

  /** ENVELOPE.md §3–§5, for a reader whose private scalar is {@link #PRIVATE}. */
  private static byte[] read(byte[] envelope, KeyWrapScheme scheme) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(envelope); // big-endian
    byte[] magic = new byte[4];
    in.get(magic);
    assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("YXEV");
    assertThat(in.get()).isEqualTo((byte) 1);
    int suite = in.get();
    assertThat(in.getShort()).isZero();
    int chunkSize = in.getInt();
    byte[] baseNonce = new byte[12];
    in.get(baseNonce);
    int count = Short.toUnsignedInt(in.getShort());

    X9ECParameters curve =
        CustomNamedCurves.getByName(scheme == KeyWrapScheme.SM2 ? "sm2p256v1" : "secp256k1");
    BigInteger d = new BigInteger(1, PRIVATE);
    byte[] myPublic = curve.getG().multiply(d).normalize().getEncoded(false);
    byte[] myKeyId = sha256(myPublic);
    byte[] dataKey = null;
    for (int e = 0; e < count; e++) {
      int entryScheme = in.get();
      byte[] keyId = new byte[32];
      in.get(keyId);
      byte[] wrapped = new byte[Short.toUnsignedInt(in.getShort())];
      in.get(wrapped);
      if (entryScheme == scheme.id() && Arrays.equals(keyId, myKeyId)) {
        dataKey =
            scheme == KeyWrapScheme.SM2
                ? sm2Unwrap(curve, d, wrapped)
                : eciesUnwrap(curve, d, myPublic, wrapped);
      }
    }
    assertThat(dataKey).as("an entry for me").isNotNull();
    assertThat(dataKey).hasSize(suite == 1 ? 32 : 16);
    byte[] headerHash = sha256(Arrays.copyOf(envelope, in.position()));

    ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
    for (long i = 0; ; i++) {
      int prefix = in.getInt();
      boolean last = prefix < 0;
      int length = prefix & 0x7fffffff;
      assertThat(length).isLessThanOrEqualTo(chunkSize);
      byte[] sealed = new byte[length + 16];
      in.get(sealed);
      byte[] nonce = baseNonce.clone();
      for (int k = 0; k < 8; k++) {
        nonce[11 - k] ^= (byte) (i >>> (8 * k));
      }
      byte[] aad = ByteBuffer.allocate(44).put(headerHash).putLong(i).putInt(prefix).array();
      plaintext.writeBytes(gcmDecrypt(suite, dataKey, nonce, aad, sealed));
      if (last) {
        break;
      }
      assertThat(length).isEqualTo(chunkSize);
    }
    assertThat(in.hasRemaining()).as("nothing after the final chunk").isFalse();
    return plaintext.toByteArray();
  }

  private static byte[] eciesUnwrap(
      X9ECParameters curve, BigInteger d, byte[] myPublic, byte[] wrapped) throws Exception {
    byte[] ephemeral = Arrays.copyOf(wrapped, 65);
    ECPoint shared = curve.getCurve().decodePoint(ephemeral).multiply(d).normalize();
    byte[] z = BigIntegers.asUnsignedByteArray(32, shared.getAffineXCoord().toBigInteger());
    byte[] salt = Arrays.copyOf(ephemeral, 130);
    System.arraycopy(myPublic, 0, salt, 65, 65);
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(
        new HKDFParameters(
            z, salt, "yunxi-envelope/v1/ecies-secp256k1".getBytes(StandardCharsets.US_ASCII)));
    byte[] okm = new byte[44];
    hkdf.generateBytes(okm, 0, 44);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(okm, 0, 32, "AES"),
        new GCMParameterSpec(128, Arrays.copyOfRange(okm, 32, 44)));
    return aes.doFinal(wrapped, 65, wrapped.length - 65);
  }

  private static byte[] sm2Unwrap(X9ECParameters curve, BigInteger d, byte[] wrapped)
      throws Exception {
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    engine.init(
        false,
        new ECPrivateKeyParameters(
            d, new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH())));
    return engine.processBlock(wrapped, 0, wrapped.length);
  }

  private static byte[] gcmDecrypt(int suite, byte[] key, byte[] nonce, byte[] aad, byte[] sealed)
      throws Exception {
    if (suite == 1) {
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      aes.updateAAD(aad);
      return aes.doFinal(sealed);
    }
    GCMModeCipher sm4 = GCMBlockCipher.newInstance(new SM4Engine());
    sm4.init(false, new AEADParameters(new KeyParameter(key), 128, nonce, aad));
    byte[] out = new byte[sm4.getOutputSize(sealed.length)];
    int n = sm4.processBytes(sealed, 0, sealed.length, out, 0);
    sm4.doFinal(out, n);
    return out;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
