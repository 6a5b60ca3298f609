package cn.yunxi.network.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.network.Department;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.Member;
import cn.yunxi.network.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Wallet;

class KeyResolverTest {
  private static final KeyResolver SEEDS = KeyResolver.withoutPasswords();

  @TempDir Path dir;

  @Test
  void aSeedKeyIsKeccakOfItsText() {
    // The contract tests' people: DevConsortium.person(name) = keccak256(name).
    Credentials officer = SEEDS.credentials(KeyRef.parse("seed:officer"));
    assertThat(officer.getEcKeyPair()).isEqualTo(DevConsortium.person("officer").getEcKeyPair());
    assertThat(SEEDS.address(KeyRef.parse("seed:officer")))
        .isEqualTo(DevConsortium.person("officer").getAddress());
  }

  @Test
  void departmentKeysAreTheSealsAddressAndTheEncryptionKeysPublicKey() {
    Department enforcement =
        new Department(
            "JB-ZHXZZF",
            "宁波市江北区综合行政执法局",
            KeyRef.parse("seed:seal:enforcement"),
            KeyRef.parse("seed:encryption:enforcement"),
            List.of(),
            List.of());

    DepartmentKeys keys = SEEDS.departmentKeys(enforcement);

    assertThat(keys.seal()).isEqualTo(DevConsortium.person("seal:enforcement").getAddress());
    assertThat(keys.encryptionKey())
        .hasSize(64)
        .isEqualTo(DevConsortium.publicKey(DevConsortium.person("encryption:enforcement")));
  }

  @Test
  void aMembersAccountIsItsWrittenAddressElseItsKeysAddress() {
    String written = "0x00000000000000000000000000000000000000aa";
    Member byAddress =
        new Member(
            "a",
            Optional.of(written),
            Optional.of(KeyRef.parse("hsm:label")),
            Set.of(Role.ADMIN),
            Optional.empty());
    Member byKey =
        new Member(
            "b",
            Optional.empty(),
            Optional.of(KeyRef.parse("seed:captain")),
            Set.of(Role.ADMIN),
            Optional.empty());

    // The written address wins: the HSM key need not (and cannot) be opened.
    assertThat(SEEDS.account(byAddress)).isEqualTo(written);
    assertThat(SEEDS.account(byKey)).isEqualTo(DevConsortium.person("captain").getAddress());
  }

  @Test
  void opensAKeystoreRelativeToTheYamlWithThePasswordSourcesPassword() throws Exception {
    ECKeyPair pair = ECKeyPair.create(BigInteger.valueOf(0xC0FFEE));
    writeKeystore(dir.resolve("keys/officer.json"), pair, "secret");
    KeyRef ref = KeyRef.parse("keystore:keys/officer.json");

    KeyResolver resolver =
        KeyResolver.create(
            dir,
            PasswordSource.environment(
                "YUNXI_KEY_PASSWORD", Map.of("YUNXI_KEY_PASSWORD", "secret")::get));

    assertThat(resolver.credentials(ref).getEcKeyPair()).isEqualTo(pair);
  }

  @Test
  void aKeystoreWithoutOrWithAWrongPasswordFailsNamingTheKeyNotTheSecret() throws Exception {
    writeKeystore(dir.resolve("k.json"), ECKeyPair.create(BigInteger.TEN), "secret");
    KeyRef ref = KeyRef.parse("keystore:k.json");

    assertThatThrownBy(() -> KeyResolver.create(dir, PasswordSource.none()).credentials(ref))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("keystore:k.json needs a password");
    assertThatThrownBy(
            () ->
                KeyResolver.create(dir, PasswordSource.environment("NO_SUCH_VAR", name -> null))
                    .credentials(ref))
        .hasMessageContaining("set the environment variable NO_SUCH_VAR");
    assertThatThrownBy(
            () ->
                KeyResolver.create(dir, PasswordSource.of("wrong".toCharArray())).credentials(ref))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("wrong password")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(
            () ->
                KeyResolver.create(dir, PasswordSource.of("x".toCharArray()))
                    .credentials(KeyRef.parse("keystore:missing.json")))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("cannot read");
  }

  @Test
  void opensASecp256k1KeyFromAPkcs12FileByAliasOrAsItsOnlyKey() throws Exception {
    Path pem = dir.resolve("key.pem");
    Path cert = dir.resolve("cert.pem");
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
        "/CN=seal");
    run(
        "openssl",
        "pkcs12",
        "-export",
        "-inkey",
        pem.toString(),
        "-in",
        cert.toString(),
        "-name",
        "seal",
        "-out",
        dir.resolve("seal.p12").toString(),
        "-passout",
        "pass:secret");
    String text = run("openssl", "ec", "-in", pem.toString(), "-text", "-noout");
    BigInteger expected = privateKeyOf(text);
    KeyResolver resolver = KeyResolver.create(dir, PasswordSource.of("secret".toCharArray()));

    assertThat(resolver.credentials(KeyRef.parse("pkcs12:seal.p12#seal")).getEcKeyPair())
        .isEqualTo(ECKeyPair.create(expected));
    assertThat(resolver.credentials(KeyRef.parse("pkcs12:seal.p12")).getEcKeyPair())
        .isEqualTo(ECKeyPair.create(expected));
    assertThatThrownBy(
            () ->
                KeyResolver.create(dir, PasswordSource.of("wrong".toCharArray()))
                    .credentials(KeyRef.parse("pkcs12:seal.p12#seal")))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("pkcs12:seal.p12#seal");
    assertThatThrownBy(() -> resolver.credentials(KeyRef.parse("pkcs12:seal.p12#other")))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("no EC private key under alias 'other'");
  }

  @Test
  void anHsmKeyNeedsAnHsmSigner() {
    assertThatThrownBy(() -> SEEDS.credentials(KeyRef.parse("hsm:jb-zhxzzf-seal")))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("hsm:jb-zhxzzf-seal")
        .hasMessageContaining("needs an HSM signer");
  }

  /** A light-scrypt Web3 Secret Storage file, as geth or web3j would write it. */
  private static void writeKeystore(Path file, ECKeyPair pair, String password) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, new ObjectMapper().writeValueAsString(Wallet.createLight(password, pair)));
  }

  /** The private key in {@code openssl ec -text} output ("priv:" followed by hex lines). */
  private static BigInteger privateKeyOf(String text) {
    String afterPriv = text.substring(text.indexOf("priv:") + 5, text.indexOf("pub:"));
    return new BigInteger(afterPriv.replaceAll("[^0-9a-fA-F]", ""), 16);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }
}
