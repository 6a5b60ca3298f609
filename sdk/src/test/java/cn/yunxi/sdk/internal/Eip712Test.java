package cn.yunxi.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** EIP-712 against the specification's own example (the {@code Mail} message of EIP-712). */
class Eip712Test {
  private static final Bytes32 PERSON = Eip712.typeHash("Person(string name,address wallet)");
  private static final Bytes32 MAIL =
      Eip712.typeHash(
          "Mail(Person from,Person to,string contents)Person(string name,address wallet)");

  @Test
  void reproducesTheSpecificationsExampleDigest() {
    Bytes32 domain =
        Eip712.domainSeparator(
            "Ether Mail", "1", 1, Address.fromHex("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"));
    assertThat(domain.toHex())
        .isEqualTo("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f");

    Bytes32 from = person("Cow", "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826");
    Bytes32 to = person("Bob", "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB");
    Bytes32 mail = new AbiWords().add(MAIL).add(from).add(to).add(utf8("Hello, Bob!")).keccak();
    assertThat(mail.toHex())
        .isEqualTo("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e");

    assertThat(Eip712.digest(domain, mail).toHex())
        .isEqualTo("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
  }

  private static Bytes32 person(String name, String wallet) {
    return new AbiWords().add(PERSON).add(utf8(name)).add(Address.fromHex(wallet)).keccak();
  }

  private static Bytes32 utf8(String s) {
    return Bytes32.of(AbiWords.keccak256(s.getBytes(StandardCharsets.UTF_8)));
  }
}
