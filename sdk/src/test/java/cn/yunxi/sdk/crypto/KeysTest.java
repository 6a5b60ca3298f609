package cn.yunxi.sdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

/** Public keys as the contract stores them, private keys in memory and behind HSM hooks. */
class KeysTest {
  private static final byte[] PRIVATE = new BigInteger("c0ffee", 16).toByteArray();

  @Test
  void aPublicKeyReadsTheSameAsRawUncompressedOrCompressed() {
    DecryptionKey key = TestKeys.secp256k1("encodings");
    byte[] uncompressed = key.publicKey();
    byte[] raw = Arrays.copyOfRange(uncompressed, 1, 65);
    X9ECParameters curve = CustomNamedCurves.getByName("secp256k1");
    byte[] compressed = curve.getCurve().decodePoint(uncompressed).getEncoded(true);

    Recipient fromRaw = Recipient.secp256k1(raw);
    assertThat(Recipient.secp256k1(uncompressed)).isEqualTo(fromRaw);
    assertThat(Recipient.secp256k1(compressed)).isEqualTo(fromRaw);
    assertThat(fromRaw.publicKey()).isEqualTo(uncompressed);
    assertThat(fromRaw.keyId().toByteArray()).isEqualTo(sha256(uncompressed));
    assertThat(key.recipient()).isEqualTo(fromRaw);
  }

  @Test
  void refusesBytesThatAreNotAPointOfTheCurve() {
    byte[] good = TestKeys.sm2("points").publicKey();
    byte[] offCurve = good.clone();
    offCurve[64] ^= 1;
    byte[] badPrefix = good.clone();
    badPrefix[0] = 5;

    assertThatThrownBy(() -> Recipient.sm2(offCurve))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sm2p256v1");
    assertThatThrownBy(() -> Recipient.sm2(badPrefix))
        .hasMessageContaining("not a 64-byte x‖y, 65-byte 04‖x‖y or 33-byte compressed");
    assertThatThrownBy(() -> Recipient.sm2(Arrays.copyOf(good, 63)))
        .hasMessageContaining("63 bytes");
    assertThatThrownBy(() -> Recipient.sm2(new byte[65]))
        .isInstanceOf(IllegalArgumentException.class);
    // An SM2 point is (almost surely) not on secp256k1.
    assertThatThrownBy(() -> Recipient.secp256k1(good)).hasMessageContaining("secp256k1");
  }

  @Test
  void refusesPrivateKeysOutsideTheGroup() {
    BigInteger n = CustomNamedCurves.getByName("secp256k1").getN();
    assertThatThrownBy(() -> DecryptionKeys.secp256k1(new byte[32]))
        .hasMessage("private key is not in [1, n-1] of secp256k1");
    assertThatThrownBy(() -> DecryptionKeys.secp256k1(BigIntegers.asUnsignedByteArray(32, n)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DecryptionKeys.sm2(new byte[40]))
        .hasMessage("private key is 40 bytes, not 32");
    assertThat(DecryptionKeys.secp256k1(PRIVATE).publicKey()).hasSize(65);
  }

  @Test
  void generatedPrivateKeysAreFreshAndValidOnTheirCurve() {
    for (KeyWrapScheme scheme : KeyWrapScheme.values()) {
      byte[] a = DecryptionKeys.generatePrivateKey(scheme);
      byte[] b = DecryptionKeys.generatePrivateKey(scheme);
      assertThat(a).hasSize(32).isNotEqualTo(b);
      assertThat(DecryptionKeys.of(scheme, a).scheme()).isEqualTo(scheme);
    }
  }

  @Test
  void keysDoNotPrintTheirPrivateHalf() {
    DecryptionKey key = DecryptionKeys.sm2(PRIVATE);
    assertThat(key.toString())
        .contains("SM2")
        .doesNotContain(HexFormat.of().formatHex(PRIVATE))
        .doesNotContain(new BigInteger(1, PRIVATE).toString());
  }

  @Test
  void anHsmThatOnlyDoesEcdhOpensEnvelopes() {
    BigInteger d = new BigInteger(1, sha256("hsm".getBytes(StandardCharsets.UTF_8)));
    X9ECParameters curve = CustomNamedCurves.getByName("secp256k1");
    byte[] publicKey = curve.getG().multiply(d).normalize().getEncoded(false);
    AtomicInteger calls = new AtomicInteger();
    EcdhAgreement hsm =
        ephemeral -> {
          calls.incrementAndGet();
          var point = curve.getCurve().decodePoint(ephemeral).multiply(d).normalize();
          return BigIntegers.asUnsignedByteArray(32, point.getAffineXCoord().toBigInteger());
        };
    DecryptionKey key = DecryptionKeys.ecies(publicKey, hsm);
    byte[] content = TestKeys.content(3000, 1);

    byte[] envelope =
        Envelopes.seal(
            Envelopes.sealer(CipherSuite.AES_256_GCM, 1024, 1), content, List.of(key.recipient()));

    assertThat(Envelopes.open(envelope, key)).isEqualTo(content);
    assertThat(calls).hasValue(1);
  }

  @Test
  void anHsmThatOnlyDoesSm2DecryptionOpensEnvelopes() {
    BigInteger d = new BigInteger(1, sha256("sm2 hsm".getBytes(StandardCharsets.UTF_8)));
    X9ECParameters curve = CustomNamedCurves.getByName("sm2p256v1");
    ECDomainParameters domain =
        new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    byte[] publicKey = curve.getG().multiply(d).normalize().getEncoded(false);
    Sm2Decryptor hsm =
        c1c3c2 -> {
          SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
          engine.init(false, new ECPrivateKeyParameters(d, domain));
          try {
            return engine.processBlock(c1c3c2, 0, c1c3c2.length);
          } catch (InvalidCipherTextException e) {
            throw new EnvelopeException(EnvelopeException.Reason.TAMPERED, "hsm says no", e);
          }
        };
    DecryptionKey key = DecryptionKeys.sm2(publicKey, hsm);
    byte[] content = TestKeys.content(10, 2);

    byte[] envelope =
        Envelopes.seal(
            Envelopes.sealer(CipherSuite.SM4_GCM, 1024, 2), content, List.of(key.recipient()));

    assertThat(Envelopes.open(envelope, key)).isEqualTo(content);
  }

  @Test
  void anHsmFailureIsNotReportedAsADamagedEnvelope() {
    DecryptionKey real = TestKeys.secp256k1("hsm down");
    DecryptionKey down =
        DecryptionKeys.ecies(
            real.publicKey(),
            ephemeral -> {
              throw new IllegalStateException("HSM unreachable");
            });
    byte[] envelope =
        Envelopes.seal(EnvelopeSealer.create(), new byte[10], List.of(real.recipient()));

    assertThatThrownBy(() -> Envelopes.open(envelope, down))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HSM unreachable");
  }

  @Test
  void theAgreedSm2UserIdIsTheDefaultOtherSm2SystemsVerifyWith() throws CryptoException {
    assertThat(Sm2.USER_ID).isEqualTo("1234567812345678");
    X9ECParameters curve = CustomNamedCurves.getByName(Sm2.CURVE);
    ECDomainParameters domain =
        new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    BigInteger d = new BigInteger(1, sha256("signer".getBytes(StandardCharsets.UTF_8)));
    byte[] message = "盖章".getBytes(StandardCharsets.UTF_8);

    SM2Signer signer = new SM2Signer();
    signer.init(
        true, new ParametersWithID(new ECPrivateKeyParameters(d, domain), Sm2.userIdBytes()));
    signer.update(message, 0, message.length);
    byte[] signature = signer.generateSignature();

    SM2Signer verifier = new SM2Signer(); // BouncyCastle's default ID
    verifier.init(false, new ECPublicKeyParameters(curve.getG().multiply(d), domain));
    verifier.update(message, 0, message.length);
    assertThat(verifier.verifySignature(signature)).isTrue();

    SM2Signer otherId = new SM2Signer();
    otherId.init(
        false,
        new ParametersWithID(
            new ECPublicKeyParameters(curve.getG().multiply(d), domain),
            "another id".getBytes(StandardCharsets.US_ASCII)));
    otherId.update(message, 0, message.length);
    assertThat(otherId.verifySignature(signature)).isFalse();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
