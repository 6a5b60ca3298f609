package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Our StandardMerkleTree against the npm {@code @openzeppelin/merkle-tree} library itself (through
 * contracts/src/test/node/standard-merkle-tree.js): for random batches of 1 to 40 leaves —
 * duplicates and shared prefixes included — the same root, the same leaf hashes and the same proof
 * for every leaf.
 */
class StandardMerkleTreeCompatibilityIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void buildsTheSameRootsLeafHashesAndProofsAsTheOpenZeppelinLibrary() throws Exception {
    Random random = new Random(20261128);
    for (int n = 1; n <= 40; n++) {
      List<BatchLeaf> leaves = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i > 0 && random.nextInt(10) == 0) {
          leaves.add(leaves.get(random.nextInt(i))); // a repeated item
        } else if (i > 0 && random.nextInt(5) == 0) {
          BatchLeaf prev = leaves.get(i - 1); // the same case, another kind
          leaves.add(
              new BatchLeaf(
                  prev.caseId(),
                  StandardMerkleTreeTest.random32(random),
                  StandardMerkleTreeTest.random32(random),
                  random.nextInt(256),
                  prev.blobRef(),
                  prev.metadataHash()));
        } else {
          leaves.add(StandardMerkleTreeTest.randomLeaf(random));
        }
      }
      JsonNode expected = library(leaves);
      StandardMerkleTree tree = StandardMerkleTree.of(leaves);
      assertThat(tree.root().toHex())
          .as("root of %d leaves", n)
          .isEqualTo(expected.get("root").asText());
      for (int i = 0; i < n; i++) {
        assertThat(leaves.get(i).leafHash().toHex())
            .as("leaf hash %d of %d", i, n)
            .isEqualTo(expected.get("leafHashes").get(i).asText());
        List<String> proof = tree.proof(i).stream().map(Bytes32::toHex).toList();
        List<String> theirs = new ArrayList<>();
        expected.get("proofs").get(i).forEach(p -> theirs.add(p.asText()));
        assertThat(proof).as("proof of leaf %d of %d", i, n).isEqualTo(theirs);
      }
    }
  }

  private static JsonNode library(List<BatchLeaf> leaves) throws IOException, InterruptedException {
    List<List<Object>> values = new ArrayList<>();
    for (BatchLeaf l : leaves) {
      values.add(
          List.of(
              l.caseId().toHex(),
              l.contentSha256().toHex(),
              l.contentSm3().toHex(),
              l.kind(),
              l.blobRef().toHex(),
              l.metadataHash().toHex()));
    }
    Path root = AnvilNode.repositoryRoot();
    ProcessBuilder builder =
        new ProcessBuilder(
            "node", root.resolve("contracts/src/test/node/standard-merkle-tree.js").toString());
    builder.environment().put("NODE_PATH", root.resolve("node_modules").toString());
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process node = builder.start();
    node.getOutputStream().write(JSON.writeValueAsBytes(values));
    node.getOutputStream().close();
    byte[] out = node.getInputStream().readAllBytes();
    if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
      throw new IOException("standard-merkle-tree.js failed");
    }
    return JSON.readTree(out);
  }
}
