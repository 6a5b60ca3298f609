package cn.yunxi.sdk.internal.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.blob.BatchManifest;
import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.StandardMerkleTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batcher writes manifests that the public parser reads back, under the same name. */
class BatchManifestFormatTest {
  private static final Bytes32 A = Bytes32.fromHex("0x" + "a1".repeat(32));
  private static final Bytes32 B = Bytes32.fromHex("0x" + "b2".repeat(32));

  @Test
  void theBatcherEncodingIsThePublicFormat() {
    List<BatchLeaf> leaves =
        List.of(new BatchLeaf(A, B, A, 1, B, A), new BatchLeaf(B, A, B, 2, A, B));
    Bytes32 root = StandardMerkleTree.of(leaves).root();

    byte[] blob = BatchManifestFormat.encode(root, leaves);

    assertThat(blob).isEqualTo(BatchManifest.of(leaves).encode());
    assertThat(BatchManifest.parse(blob).leaves()).isEqualTo(leaves);
  }

  @Test
  void theMetadataHashNamesFormatAndVersion() {
    assertThat(BatchManifestFormat.METADATA_HASH)
        .isEqualTo(
            Bytes32.of(
                AbiWords.keccak256("yunxi-batch-manifest/1".getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void aRootThatIsNotTheLeavesIsNeverWritten() {
    assertThatThrownBy(
            () -> BatchManifestFormat.encode(A, List.of(new BatchLeaf(A, B, A, 1, B, A))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
