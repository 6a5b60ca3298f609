package cn.yunxi.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class KeyRefTest {
  @Test
  void parsesEveryKind() {
    assertThat(KeyRef.parse("keystore:keys/officer.json"))
        .isEqualTo(new KeyRef(KeyRef.Kind.KEYSTORE, "keys/officer.json"));
    assertThat(KeyRef.parse("pkcs12:keys/seal.p12#seal"))
        .isEqualTo(new KeyRef(KeyRef.Kind.PKCS12, "keys/seal.p12#seal"));
    assertThat(KeyRef.parse("HSM: jb-seal")).isEqualTo(new KeyRef(KeyRef.Kind.HSM, "jb-seal"));
    assertThat(KeyRef.parse("seed:seal:enforcement"))
        .isEqualTo(new KeyRef(KeyRef.Kind.DEV_SEED, "seal:enforcement"));
    assertThat(KeyRef.parse("pkcs12:keys/seal.p12#seal")).hasToString("pkcs12:keys/seal.p12#seal");
  }

  @Test
  void refusesUnknownKindsAndEmptyLocations() {
    assertThatThrownBy(() -> KeyRef.parse("vault:x")).hasMessageContaining("unknown key kind");
    assertThatThrownBy(() -> KeyRef.parse("keys/officer.json")).hasMessageContaining("no kind");
    assertThatThrownBy(() -> KeyRef.parse("hsm:  ")).hasMessageContaining("nothing after");
  }

  @Test
  void aSeedKeyIsTheContractTestsDevelopmentAccount() {
    // DevConsortium.person(name): the private key is keccak256 of the name.
    Credentials officer =
        Credentials.create(
            ECKeyPair.create(
                Numeric.toBigInt(Hash.sha3("officer".getBytes(StandardCharsets.UTF_8)))));
    KeyRef seed = KeyRef.parse("seed:officer");
    assertThat(seed.isDevelopmentKey()).isTrue();
    assertThat(seed.devPrivateKey()).contains(officer.getEcKeyPair().getPrivateKey());
    assertThat(seed.devAddress()).contains(officer.getAddress());
    assertThat(KeyRef.parse("hsm:x").devAddress()).isEmpty();
  }
}
