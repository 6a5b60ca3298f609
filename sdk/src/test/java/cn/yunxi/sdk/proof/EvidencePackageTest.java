package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.model.Address;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The package format on the packages EvidencePackageIT exported from Anvil: they read back to
 * themselves byte for byte, verify offline, and every malformed variant is refused with a {@link
 * PackageFormatException} naming the field.
 */
class EvidencePackageTest {
  @Test
  void fixturesAreCanonicalAndVerifyOffline() {
    for (String name : List.of("deposit", "batch")) {
      byte[] json = Fixtures.bytes(name + "-package.json");
      EvidencePackage pkg = EvidencePackage.parse(json);
      assertThat(pkg.toJson()).as(name + " is canonical").isEqualTo(json);
      assertThat(EvidencePackage.read(new ByteArrayInputStream(json))).isEqualTo(pkg);
      byte[] content = Fixtures.bytes(name + "-evidence.txt");
      Verification v = EvidenceVerifier.of(Fixtures.anchorFor(pkg)).verify(pkg, content);
      assertThat(v.verdict()).as(name + ": " + v.reason()).isEqualTo(Verdict.VERIFIED);
      assertThat(EvidenceVerifier.unanchored().verify(pkg, content).verdict())
          .isEqualTo(Verdict.UNANCHORED);
    }
    assertThat(Fixtures.deposit().item()).isInstanceOf(PackagedItem.Deposit.class);
    assertThat(Fixtures.batch().item()).isInstanceOf(PackagedItem.BatchItem.class);
  }

  @Test
  void whitespaceKeyOrderAndHexCaseDoNotChangeAPackage() {
    EvidencePackage pkg = Fixtures.deposit();
    String json = new String(Fixtures.bytes("deposit-package.json"), StandardCharsets.UTF_8);
    assertThat(EvidencePackage.parse(json.replace("\n", "").replace("  ", ""))).isEqualTo(pkg);
    Matcher hex = Pattern.compile("\"0x([0-9a-f]+)\"").matcher(json);
    String upper = hex.replaceAll(m -> "\"0x" + m.group(1).toUpperCase(Locale.ROOT) + "\"");
    assertThat(upper).isNotEqualTo(json);
    assertThat(EvidencePackage.parse(upper)).isEqualTo(pkg);
    EvidencePackage reordered =
        PackageJson.edited(
            pkg,
            root -> {
              ObjectNode item = (ObjectNode) root.remove("item");
              root.set("item", item);
            });
    assertThat(reordered).isEqualTo(pkg);
    assertThat(reordered.toJson()).isEqualTo(pkg.toJson());
  }

  private static void refuses(String field, Consumer<ObjectNode> edit) {
    assertThatThrownBy(() -> PackageJson.edited(Fixtures.deposit(), edit))
        .isInstanceOf(PackageFormatException.class)
        .extracting(e -> ((PackageFormatException) e).field())
        .isEqualTo(field);
  }

  @Test
  void refusesWhatIsNotAPackage() {
    for (String text :
        List.of(
            "",
            "   ",
            "null",
            "[]",
            "42",
            "{",
            "{\"format\":\"yunxi-evidence-package\"",
            "\u0000")) {
      assertThatThrownBy(() -> EvidencePackage.parse(text))
          .as("«%s»", text)
          .isInstanceOf(PackageFormatException.class);
    }
    String json = new String(Fixtures.bytes("deposit-package.json"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EvidencePackage.parse(json + "{}"))
        .isInstanceOf(PackageFormatException.class);
    assertThatThrownBy(
            () ->
                EvidencePackage.parse(
                    json.replace("\"version\": 1,", "\"version\": 1, \"version\": 1,")))
        .isInstanceOf(PackageFormatException.class)
        .hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> EvidencePackage.parse(new byte[EvidencePackage.MAX_BYTES + 1]))
        .isInstanceOf(PackageFormatException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void refusesOtherFormatsAndVersions() {
    refuses("/format", root -> root.put("format", "yunxi-envelope"));
    refuses("/format", root -> root.remove("format"));
    refuses("/version", root -> root.put("version", 2));
    refuses("/version", root -> root.put("version", "1"));
    refuses("/version", root -> root.put("version", 1.0));
  }

  @Test
  void refusesMissingUnknownAndMistypedFields() {
    refuses("/chainId", root -> root.remove("chainId"));
    refuses("/chainId", root -> root.put("chainId", 0));
    refuses("/chainId", root -> root.put("chainId", 1L << 53));
    refuses("/note", root -> root.put("note", "hello"));
    refuses("/registry", root -> root.put("registry", "0x1234"));
    refuses("/registry", root -> root.put("registry", Address.ZERO.toHex().substring(2) + "00"));
    refuses("/item/type", root -> ((ObjectNode) root.get("item")).put("type", "letter"));
    refuses("/item/record/kind", root -> ((ObjectNode) root.at("/item/record")).put("kind", 256));
    refuses("/item/record/kind", root -> ((ObjectNode) root.at("/item/record")).put("kind", -1));
    refuses(
        "/item/record/caseId",
        root -> ((ObjectNode) root.at("/item/record")).set("caseId", new TextNode("0x12")));
    refuses(
        "/item/record/caseId",
        root -> ((ObjectNode) root.at("/item/record")).set("caseId", new IntNode(5)));
    refuses(
        "/item/record/depositor",
        root -> ((ObjectNode) root.at("/item/record")).remove("depositor"));
    refuses("/item/leaf", root -> ((ObjectNode) root.at("/item")).put("leaf", "x"));
    refuses("/receipt/encoded", root -> ((ObjectNode) root.at("/receipt")).put("encoded", "0x"));
    refuses("/receipt/encoded", root -> ((ObjectNode) root.at("/receipt")).put("encoded", "0xabc"));
    refuses("/receipt/encoded", root -> ((ObjectNode) root.at("/receipt")).put("encoded", "abcd"));
    refuses("/receipt/encoded", root -> ((ObjectNode) root.at("/receipt")).put("encoded", "0xzz"));
    refuses("/receipt/proof", root -> ((ObjectNode) root.at("/receipt")).putArray("proof"));
    refuses("/receipt/logIndex", root -> ((ObjectNode) root.at("/receipt")).put("logIndex", -1));
    refuses("/block/hashScheme", root -> ((ObjectNode) root.at("/block")).put("hashScheme", "pow"));
    refuses("/block/hash", root -> ((ObjectNode) root.at("/block")).put("hash", "0x00"));
  }

  @Test
  void refusesMalformedHeaders() {
    refuses(
        "/block/header/gasUsed",
        root -> ((ObjectNode) root.at("/block/header")).put("gasUsed", "0x01"));
    refuses(
        "/block/header/gasUsed",
        root -> ((ObjectNode) root.at("/block/header")).put("gasUsed", "0x"));
    refuses(
        "/block/header/gasUsed", root -> ((ObjectNode) root.at("/block/header")).put("gasUsed", 5));
    refuses(
        "/block/header/sha3Uncles",
        root -> ((ObjectNode) root.at("/block/header")).put("sha3Uncles", "0x00"));
    refuses("/block/header", root -> ((ObjectNode) root.at("/block/header")).remove("miner"));
    refuses(
        "/block/header", root -> ((ObjectNode) root.at("/block/header")).remove("withdrawalsRoot"));
    refuses(
        "/block/header",
        root -> ((ObjectNode) root.at("/block/header")).put("gasLimit", "0x1" + "0".repeat(16)));
    refuses(
        "/block/header", root -> ((ObjectNode) root.at("/block/header")).put("logsBloom", "0x00"));
  }
}
