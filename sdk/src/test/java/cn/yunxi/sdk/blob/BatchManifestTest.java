package cn.yunxi.sdk.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.StandardMerkleTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The manifest blob: round trip, the exact bytes, and every way a blob can be refused. */
class BatchManifestTest {
  private final Random random = new Random(42);

  private Bytes32 random32() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Bytes32.of(b);
  }

  private List<BatchLeaf> leaves(int n) {
    List<BatchLeaf> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new BatchLeaf(
              random32(), random32(), random32(), random.nextInt(256), random32(), random32()));
    }
    return out;
  }

  @Test
  void encodesAndParsesBackForEverySize() {
    for (int n = 1; n <= 17; n++) {
      List<BatchLeaf> leaves = leaves(n);
      BatchManifest manifest = BatchManifest.of(leaves);

      BatchManifest parsed = BatchManifest.parse(manifest.encode());

      assertThat(parsed).isEqualTo(manifest);
      assertThat(parsed.leaves()).containsExactlyElementsOf(leaves);
      assertThat(parsed.root()).isEqualTo(StandardMerkleTree.of(leaves).root());
    }
  }

  @Test
  void theBytesAreTheDocumentedCompactJson() {
    Bytes32 a = Bytes32.fromHex("0x" + "aa".repeat(32));
    Bytes32 b = Bytes32.fromHex("0x" + "bb".repeat(32));
    BatchLeaf leaf = new BatchLeaf(a, b, a, 7, b, a);
    BatchManifest manifest = BatchManifest.of(List.of(leaf));

    String json = new String(manifest.encode(), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"format\":\"yunxi-batch-manifest\",\"version\":1,\"root\":\""
                + manifest.root().toHex()
                + "\",\"leafEncoding\":[\"bytes32\",\"bytes32\",\"bytes32\",\"uint8\",\"bytes32\","
                + "\"bytes32\"],\"fields\":[\"caseId\",\"contentSha256\",\"contentSm3\",\"kind\","
                + "\"blobRef\",\"metadataHash\"],\"leaves\":[[\""
                + a.toHex()
                + "\",\""
                + b.toHex()
                + "\",\""
                + a.toHex()
                + "\",7,\""
                + b.toHex()
                + "\",\""
                + a.toHex()
                + "\"]]}");
  }

  @Test
  void theConstructorRefusesARootThatIsNotTheLeaves() {
    List<BatchLeaf> leaves = leaves(3);
    assertThatThrownBy(() -> new BatchManifest(random32(), leaves))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the Merkle root of its leaves");
    assertThatThrownBy(() -> BatchManifest.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one leaf");
  }

  @Test
  void aBlobWhoseRootWasTamperedWithIsRefused() {
    BatchManifest manifest = BatchManifest.of(leaves(4));
    String json = new String(manifest.encode(), StandardCharsets.UTF_8);
    String tampered = json.replace(manifest.root().toHex(), random32().toHex());

    assertThatThrownBy(() -> BatchManifest.parse(tampered.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the Merkle root");
  }

  @Test
  void aBlobWithAChangedLeafIsRefused() {
    BatchManifest manifest = BatchManifest.of(leaves(4));
    String json = new String(manifest.encode(), StandardCharsets.UTF_8);
    Bytes32 sha = manifest.leaves().get(2).contentSha256();
    String tampered = json.replace(sha.toHex(), random32().toHex());

    assertThatThrownBy(() -> BatchManifest.parse(tampered.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the Merkle root");
  }

  @Test
  void malformedBlobsAreRefusedWithTheReason() {
    BatchManifest manifest = BatchManifest.of(leaves(2));
    String good = new String(manifest.encode(), StandardCharsets.UTF_8);
    String leaf0 = manifest.leaves().get(0).caseId().toHex();

    refused("not json", "is not JSON");
    refused("[1,2]", "not a JSON object");
    refused(good + "{}", "is not JSON");
    refused(good.replace("yunxi-batch-manifest", "other-manifest"), "not a batch manifest");
    refused(good.replace("\"version\":1", "\"version\":2"), "unsupported batch manifest version");
    refused(good.replace("\"version\":1", "\"version\":\"1\""), "unsupported");
    refused(good.replace("\"uint8\"", "\"uint16\""), "leafEncoding");
    refused(good.replace("\"kind\"", "\"type\""), "fields");
    refused(good.replace("\"format\"", "\"extra\":0,\"format\""), "unknown member: extra");
    refused(good.replace("\"version\":1", "\"version\":1,\"version\":1"), "is not JSON");
    refused(good.replace(leaf0, leaf0.substring(2)), "leaf 0 caseId is not 0x");
    refused(good.replace(leaf0, leaf0 + "00"), "leaf 0 caseId");
    refused(good.replace(",\"leaves\":", ",\"nothing\":"), "unknown member");
    refused(
        good.substring(0, good.indexOf(",\"leaves\"")) + ",\"leaves\":{}}",
        "leaves is not an array");
    refused(
        good.substring(0, good.indexOf(",\"leaves\"")) + ",\"leaves\":[]}", "at least one leaf");
    refused(
        good.substring(0, good.indexOf(",\"leaves\"")) + ",\"leaves\":[[\"0x00\"]]}",
        "leaf 0 is not an array of 6 values");
    String kind = "," + manifest.leaves().get(0).kind() + ",";
    refused(good.replaceFirst(kind, ",256,"), "kind is not a uint8: 256");
    refused(good.replaceFirst(kind, ",-1,"), "kind is not a uint8: -1");
  }

  private static void refused(String blob, String reason) {
    assertThatThrownBy(() -> BatchManifest.parse(blob.getBytes(StandardCharsets.UTF_8)))
        .as(blob)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
