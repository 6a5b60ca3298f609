package cn.yunxi.sdk.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.Signature;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

/** Signers from raw keys, keystore JSON and PKCS#12, and the signatures they make. */
class SignersTest {
  private static final BigInteger KEY =
      new BigInteger("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", 16);
  private static final Bytes32 DIGEST = Bytes32.fromHex("0x" + "ab".repeat(32));

  @TempDir Path dir;

  @Test
  void aRawKeySignerSignsForItsAddressAndTheSignatureRecovers() throws Exception {
    Signer signer = Signers.privateKey(KEY);
    assertThat(signer.address()).isEqualTo(Address.fromHex(Keys.getAddress(ECKeyPair.create(KEY))));

    Signature s = signer.sign(DIGEST);
    BigInteger recovered =
        Sign.signedMessageHashToKey(
            DIGEST.toByteArray(),
            new Sign.SignatureData((byte) (27 + s.recoveryId()), s.r(), s.s()));
    assertThat(Address.fromHex(Keys.getAddress(recovered))).isEqualTo(signer.address());
    assertThat(s.toBytes()).hasSize(65);
  }

  @Test
  void aHexKeySignerIsTheSameAccount() {
    assertThat(Signers.privateKeyHex("0x" + KEY.toString(16)).address())
        .isEqualTo(Signers.privateKey(KEY).address());
  }

  @Test
  void refusesKeysOutOfRange() {
    assertThatThrownBy(() -> Signers.privateKey(BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Signers.privateKeyHex("not hex"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsAWeb3jKeystoreAndRefusesAWrongPassword() throws Exception {
    String file =
        WalletUtils.generateWalletFile(
            "secret", ECKeyPair.create(KEY), new File(dir.toString()), false);
    Path keystore = dir.resolve(file);

    assertThat(Signers.keystore(keystore, "secret".toCharArray()).address())
        .isEqualTo(Address.fromHex(Credentials.create(ECKeyPair.create(KEY)).getAddress()));
    assertThatThrownBy(() -> Signers.keystore(keystore, "wrong".toCharArray()))
        .isInstanceOf(YunxiException.class)
        .hasMessageContaining("wrong password");
  }

  @Test
  void readsASecp256k1KeyFromAPkcs12File() throws Exception {
    Path pem = dir.resolve("key.pem");
    Path cert = dir.resolve("cert.pem");
    Path p12 = dir.resolve("member.p12");
    run("openssl", "ecparam", "-name", "secp256k1", "-genkey", "-noout", "-out", pem.toString());
    run(
        "openssl",
        "req",
        "-new",
        "-x509",
        "-key",
        pem.toString(),
        "-out",
        cert.toString(),
        "-days",
        "1",
        "-subj",
        "/CN=officer");
    run(
        "openssl",
        "pkcs12",
        "-export",
        "-inkey",
        pem.toString(),
        "-in",
        cert.toString(),
        "-name",
        "officer",
        "-out",
        p12.toString(),
        "-passout",
        "pass:secret");
    String keyHex = run("openssl", "ec", "-in", pem.toString(), "-text", "-noout");
    BigInteger expected = privateKeyFromOpensslText(keyHex);

    Signer signer = Signers.pkcs12(p12, "secret".toCharArray(), null);

    assertThat(signer.address())
        .isEqualTo(Address.fromHex(Keys.getAddress(ECKeyPair.create(expected))));
    assertThat(Signers.pkcs12(p12, "secret".toCharArray(), "officer").address())
        .isEqualTo(signer.address());
    assertThatThrownBy(() -> Signers.pkcs12(p12, "wrong".toCharArray(), null))
        .isInstanceOf(YunxiException.class);
  }

  /** The "priv:" block of {@code openssl ec -text}: hex bytes separated by colons. */
  private static BigInteger privateKeyFromOpensslText(String text) {
    String after = text.substring(text.indexOf("priv:") + 5, text.indexOf("pub:"));
    return Numeric.toBigInt(after.replaceAll("[^0-9a-fA-F]", ""));
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s: %s", String.join(" ", command), out).isZero();
    return out;
  }
}
