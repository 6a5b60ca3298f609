package cn.yunxi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Batch anchoring interoperates with OpenZeppelin's StandardMerkleTree: a tree built by the npm
 * {@code @openzeppelin/merkle-tree} library itself (not a copy of its logic) over the documented
 * leaf schema is anchored on Anvil, and the contract accepts that library's proofs for every item
 * and refuses a changed item.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchAnchorIT {
  private DevConsortium chain;

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
  }

  @AfterAll
  void stop() {
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void acceptsTheProofsOfTheOpenZeppelinLibraryForEveryItemOfAnAnchoredBatch() throws Exception {
    byte[] caseId = Hash.sha3("甬江北综执立字〔2026〕第0002号".getBytes(StandardCharsets.UTF_8));
    chain
        .as(chain.officer, CaseRegistry::load, chain.cases())
        .open(caseId, BigInteger.valueOf(101), false)
        .send();
    List<EvidenceRegistry.BatchLeaf> leaves = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      leaves.add(leaf(caseId, "PDA-07 photo #" + i, 1 + i % 2));
    }
    JsonNode tree = standardMerkleTree(leaves);
    byte[] root = Numeric.hexStringToByteArray(tree.get("root").asText());

    EvidenceRegistry evidence = chain.as(chain.officer, EvidenceRegistry::load, chain.evidence());
    TransactionReceipt anchored =
        evidence
            .anchorBatch(
                root,
                BigInteger.valueOf(leaves.size()),
                Hash.sha3("manifest".getBytes(StandardCharsets.UTF_8)),
                Hash.sha3("batch metadata".getBytes(StandardCharsets.UTF_8)))
            .send();
    assertThat(EvidenceRegistry.getBatchAnchoredEvents(anchored).get(0).root).isEqualTo(root);

    for (int i = 0; i < leaves.size(); i++) {
      EvidenceRegistry.BatchLeaf leaf = leaves.get(i);
      assertThat(Numeric.toHexString(evidence.leafHash(leaf).send()))
          .as("leaf %d hashes alike on chain and in the library", i)
          .isEqualTo(tree.get("leafHashes").get(i).asText());
      assertThat(evidence.verifyBatchItem(root, leaf, proof(tree, i)).send())
          .as("the library's proof of item %d verifies on chain", i)
          .isTrue();
    }

    EvidenceRegistry.BatchLeaf original = leaves.get(3);
    EvidenceRegistry.BatchLeaf changed =
        new EvidenceRegistry.BatchLeaf(
            original.caseId,
            original.contentSha256,
            original.contentSm3,
            BigInteger.valueOf(9),
            original.blobRef,
            original.metadataHash);
    assertThat(evidence.verifyBatchItem(root, changed, proof(tree, 3)).send())
        .as("an item whose kind was changed no longer verifies")
        .isFalse();
  }

  private static EvidenceRegistry.BatchLeaf leaf(byte[] caseId, String item, int kind) {
    byte[] content = item.getBytes(StandardCharsets.UTF_8);
    return new EvidenceRegistry.BatchLeaf(
        caseId,
        Hash.sha256(content),
        Hash.sha3(("sm3 stand-in " + item).getBytes(StandardCharsets.UTF_8)),
        BigInteger.valueOf(kind),
        Hash.sha3(("blob " + item).getBytes(StandardCharsets.UTF_8)),
        Hash.sha3(("meta " + item).getBytes(StandardCharsets.UTF_8)));
  }

  private static List<byte[]> proof(JsonNode tree, int index) {
    List<byte[]> proof = new ArrayList<>();
    tree.get("proofs").get(index).forEach(n -> proof.add(Numeric.hexStringToByteArray(n.asText())));
    return proof;
  }

  /** Runs src/test/node/standard-merkle-tree.js (the npm library) over the leaves. */
  private static JsonNode standardMerkleTree(List<EvidenceRegistry.BatchLeaf> leaves)
      throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    List<List<Object>> values = new ArrayList<>();
    for (EvidenceRegistry.BatchLeaf l : leaves) {
      values.add(
          List.of(
              Numeric.toHexString(l.caseId),
              Numeric.toHexString(l.contentSha256),
              Numeric.toHexString(l.contentSm3),
              l.kind.intValue(),
              Numeric.toHexString(l.blobRef),
              Numeric.toHexString(l.metadataHash)));
    }
    Path root = AnvilNode.repositoryRoot();
    ProcessBuilder builder =
        new ProcessBuilder(
            "node", root.resolve("contracts/src/test/node/standard-merkle-tree.js").toString());
    builder.environment().put("NODE_PATH", root.resolve("node_modules").toString());
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process node = builder.start();
    node.getOutputStream().write(json.writeValueAsBytes(values));
    node.getOutputStream().close();
    byte[] out = node.getInputStream().readAllBytes();
    if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
      throw new IOException("standard-merkle-tree.js failed");
    }
    return json.readTree(out);
  }
}
