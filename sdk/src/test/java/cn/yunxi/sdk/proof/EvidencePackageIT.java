package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceKind;
import cn.yunxi.sdk.model.EvidenceRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * End to end on Anvil with the dev consortium: real files hashed (SHA-256 and SM3), deposited or
 * anchored in a batch built with {@link StandardMerkleTree}, exported from the node, and verified
 * offline with the file and a trust anchor — and every way that must not verify: no anchor, another
 * file, a tampered package, a block the anchor does not know, a block reorganised away.
 *
 * <p>With {@code -Dyunxi.proof.fixtures=DIR} it also writes the packages and files the unit tests
 * use (src/test/resources/proof/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidencePackageIT {
  private DevConsortium chain;
  private AnvilTools anvil;
  private EvidencePackageExporter exporter;
  private Address registry;
  private byte[] caseId;
  @TempDir Path dir;

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
    anvil = new AnvilTools(chain.anvil.rpcUrl());
    registry = Address.fromHex(chain.evidence().getContractAddress());
    exporter =
        EvidencePackageExporter.connect(chain.anvil.rpcUrl(), DevConsortium.CHAIN_ID, registry);
    caseId = Hash.sha3("甬江北综执立字〔2026〕第0007号".getBytes(StandardCharsets.UTF_8));
    chain
        .as(chain.officer, CaseRegistry::load, chain.cases())
        .open(caseId, BigInteger.valueOf(101), false)
        .send();
  }

  @AfterAll
  void stop() {
    if (exporter != null) {
      exporter.close();
    }
    if (anvil != null) {
      anvil.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  private EvidenceRegistry evidence() {
    return chain.as(chain.officer, EvidenceRegistry::load, chain.evidence());
  }

  /** A file of random content (1 MiB unless told). */
  private Path file(String name, int size, long seed) throws Exception {
    byte[] content = new byte[size];
    new Random(seed).nextBytes(content);
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  /** A text file: readable when it serves as a fixture. */
  private Path textFile(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private record Deposited(TransactionReceipt receipt, Bytes32 evidenceId) {}

  private Deposited deposit(Path file, EvidenceKind kind) throws Exception {
    ContentDigests d = ContentDigests.of(Files.readAllBytes(file));
    TransactionReceipt receipt =
        evidence()
            .deposit(
                caseId,
                d.sha256().toByteArray(),
                d.sm3().toByteArray(),
                BigInteger.valueOf(kind.code()),
                Hash.sha3(("blob of " + file.getFileName()).getBytes(StandardCharsets.UTF_8)),
                Hash.sha3(("metadata of " + file.getFileName()).getBytes(StandardCharsets.UTF_8)))
            .send();
    Bytes32 id = Bytes32.of(EvidenceRegistry.getEvidenceDepositedEvents(receipt).get(0).evidenceId);
    return new Deposited(receipt, id);
  }

  /**
   * Deposits {@code file} in one block with two other transactions (a transfer and another
   * deposit), so that its receipt proof runs through branch nodes.
   */
  private Deposited depositAmongOthers(Path file, EvidenceKind kind) throws Exception {
    ContentDigests d = ContentDigests.of(Files.readAllBytes(file));
    String registryAddress = registry.toHex();
    String ours =
        evidence()
            .deposit(
                caseId,
                d.sha256().toByteArray(),
                d.sm3().toByteArray(),
                BigInteger.valueOf(kind.code()),
                Hash.sha3(("blob of " + file.getFileName()).getBytes(StandardCharsets.UTF_8)),
                Hash.sha3(("metadata of " + file.getFileName()).getBytes(StandardCharsets.UTF_8)))
            .encodeFunctionCall();
    String theirs =
        evidence()
            .deposit(
                caseId,
                Hash.sha3(file.toString().getBytes(StandardCharsets.UTF_8)),
                Hash.sha3(("sm3 " + file).getBytes(StandardCharsets.UTF_8)),
                BigInteger.ONE,
                Hash.sha3(("blob " + file).getBytes(StandardCharsets.UTF_8)),
                new byte[32])
            .encodeFunctionCall();
    anvil.pauseMining();
    Bytes32 tx;
    try {
      long captainNonce = anvil.nonce(chain.captain);
      long officerNonce = anvil.nonce(chain.officer);
      anvil.send(
          RawTransaction.createEtherTransaction(
              DevConsortium.CHAIN_ID,
              BigInteger.valueOf(captainNonce),
              BigInteger.valueOf(21_000),
              chain.office.getAddress(),
              BigInteger.ZERO,
              BigInteger.ZERO,
              BigInteger.ZERO),
          chain.captain);
      tx = anvil.send(call(officerNonce, registryAddress, ours), chain.officer);
      anvil.send(call(officerNonce + 1, registryAddress, theirs), chain.officer);
      anvil.mine();
    } finally {
      anvil.resumeMining();
    }
    TransactionReceipt receipt =
        chain
            .web3j
            .ethGetTransactionReceipt(tx.toHex())
            .send()
            .getTransactionReceipt()
            .orElseThrow();
    assertThat(anvil.block(receipt.getBlockNumber().longValueExact()).get("transactions"))
        .as("the deposit shares its block")
        .hasSize(3);
    Bytes32 id = Bytes32.of(EvidenceRegistry.getEvidenceDepositedEvents(receipt).get(0).evidenceId);
    return new Deposited(receipt, id);
  }

  private static RawTransaction call(long nonce, String to, String data) {
    return RawTransaction.createTransaction(
        DevConsortium.CHAIN_ID,
        BigInteger.valueOf(nonce),
        BigInteger.valueOf(500_000),
        to,
        BigInteger.ZERO,
        data,
        BigInteger.ZERO,
        BigInteger.ZERO);
  }

  private TrustAnchor anchorOf(Bytes32... hashes) {
    return TrustAnchor.blockHashes(DevConsortium.CHAIN_ID, registry, List.of(hashes));
  }

  private Bytes32 nodeHash(long number) {
    return Bytes32.fromHex(anvil.block(number).get("hash").asText());
  }

  @Test
  void aDepositedFileVerifiesOfflineOnlyWithItsFileAndAnAnchorThatKnowsItsBlock() throws Exception {
    Path file = file("photo-0001.jpg", 1 << 20, 1);
    Deposited deposited = deposit(file, EvidenceKind.PHOTO);
    long t0 = System.nanoTime();
    EvidencePackage pkg =
        exporter.exportDeposit(
            Bytes32.fromHex(deposited.receipt.getTransactionHash()), deposited.evidenceId);
    long exportMicros = (System.nanoTime() - t0) / 1000;
    EvidenceRecord record = ((PackagedItem.Deposit) pkg.item()).record();
    assertThat(record.evidenceId()).isEqualTo(deposited.evidenceId);
    assertThat(evidence().recordMatches(onChain(record)).send())
        .as("the exported record is exactly the one the registry committed")
        .isTrue();
    Bytes32 blockHash = nodeHash(deposited.receipt.getBlockNumber().longValueExact());
    assertThat(pkg.blockHash()).isEqualTo(blockHash);
    assertThat(EvidencePackage.parse(pkg.toJson())).isEqualTo(pkg);

    EvidenceVerifier anchored = EvidenceVerifier.of(anchorOf(blockHash));
    t0 = System.nanoTime();
    Verification ok = anchored.verify(pkg, file);
    long verifyMicros = (System.nanoTime() - t0) / 1000;
    assertThat(ok.verdict()).as(ok.reason()).isEqualTo(Verdict.VERIFIED);
    assertThat(ok.isVerified()).isTrue();
    System.out.printf(
        "proof figures: export %d us, verify (1 MiB file, SHA-256 + SM3) %d us, package %d bytes%n",
        exportMicros, verifyMicros, pkg.toJson().length);

    Verification unanchored = EvidenceVerifier.unanchored().verify(pkg, file);
    assertThat(unanchored.verdict()).as(unanchored.reason()).isEqualTo(Verdict.UNANCHORED);
    assertThat(unanchored.isVerified()).isFalse();

    Path other = file("photo-0002.jpg", 1 << 20, 2);
    assertThat(anchored.verify(pkg, other).verdict()).isEqualTo(Verdict.MISMATCH);
    byte[] oneBitOff = Files.readAllBytes(file);
    oneBitOff[12345] ^= 0x10;
    assertThat(anchored.verify(pkg, new ByteArrayInputStream(oneBitOff)).verdict())
        .isEqualTo(Verdict.MISMATCH);

    Bytes32 otherBlock = nodeHash(1);
    Verification unknown = EvidenceVerifier.of(anchorOf(otherBlock)).verify(pkg, file);
    assertThat(unknown.verdict()).as(unknown.reason()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(
            EvidenceVerifier.of(
                    TrustAnchor.blockHashes(
                        DevConsortium.CHAIN_ID,
                        Address.fromHex(chain.cases().getContractAddress()),
                        List.of(blockHash)))
                .verify(pkg, file)
                .verdict())
        .as("an anchor for another registry")
        .isEqualTo(Verdict.NOT_FOUND);
    assertThat(
            EvidenceVerifier.of(TrustAnchor.blockHashes(1, registry, List.of(blockHash)))
                .verify(pkg, file)
                .verdict())
        .as("an anchor for another chain")
        .isEqualTo(Verdict.NOT_FOUND);
  }

  @Test
  void everyTamperedLinkOfADepositPackageIsAnInvalidProof() throws Exception {
    Path file =
        textFile(
            "statement-0001.txt",
            "询问笔录\n时间：2026年11月28日 9时30分\n地点：江北区综合行政执法局\n"
                + "问：你对本次检查结果有无异议？\n答：没有异议。\n".repeat(20));
    Deposited deposited = depositAmongOthers(file, EvidenceKind.WITNESS_STATEMENT);
    EvidencePackage pkg =
        exporter.exportDeposit(
            Bytes32.fromHex(deposited.receipt.getTransactionHash()), deposited.evidenceId);
    EvidenceVerifier verifier = EvidenceVerifier.of(anchorOf(pkg.blockHash()));
    assertThat(verifier.verify(pkg, file).verdict()).isEqualTo(Verdict.VERIFIED);

    Map<String, UnaryOperator<JsonNode>> tampers = new LinkedHashMap<>();
    tampers.put("/receipt/encoded", v -> PackageJson.flipByte(v, 40));
    tampers.put("/receipt/proof/0", v -> PackageJson.flipByte(v, -1));
    tampers.put("/receipt/logIndex", v -> new IntNode(v.asInt() + 1));
    tampers.put("/receipt/transactionIndex", v -> new IntNode(v.asInt() + 1));
    tampers.put(
        "/block/header/gasUsed",
        v -> new TextNode("0x" + Long.toHexString(Long.decode(v.asText()) + 1)));
    tampers.put(
        "/block/header/timestamp",
        v -> new TextNode("0x" + Long.toHexString(Long.decode(v.asText()) - 1)));
    tampers.put("/block/header/extraData", v -> new TextNode("0x01"));
    tampers.put("/block/header/receiptsRoot", v -> PackageJson.flipByte(v, 0));
    tampers.put("/block/header/parentBeaconBlockRoot", v -> PackageJson.flipByte(v, 31));
    tampers.put("/block/hash", v -> PackageJson.flipByte(v, 5));
    tampers.put("/block/hashScheme", v -> new TextNode("besu-qbft"));
    tampers.put("/item/record/kind", v -> new IntNode(EvidenceKind.PHOTO.code()));
    tampers.put("/item/record/depositedAt", v -> new LongNode(v.asLong() + 1));
    tampers.put("/item/record/depositor", v -> new TextNode(chain.captain.getAddress()));
    tampers.put("/item/record/supersedes", v -> PackageJson.flipByte(v, 31));
    tampers.put("/item/record/metadataHash", v -> PackageJson.flipByte(v, 0));
    tampers.put("/item/record/contentSm3", v -> PackageJson.flipByte(v, 7));
    tampers.put("/item/record/contentSha256", v -> PackageJson.flipByte(v, 7));
    tampers.put("/registry", v -> new TextNode(chain.cases().getContractAddress()));
    for (Map.Entry<String, UnaryOperator<JsonNode>> t : tampers.entrySet()) {
      EvidencePackage tampered = PackageJson.with(pkg, t.getKey(), t.getValue());
      assertThat(tampered).isNotEqualTo(pkg);
      Verification v = verifier.verify(tampered, file);
      assertThat(v.verdict()).as(t.getKey() + " → " + v.reason()).isEqualTo(Verdict.INVALID_PROOF);
    }
    EvidencePackage extraNode =
        PackageJson.edited(
            pkg,
            root -> {
              var proof = (com.fasterxml.jackson.databind.node.ArrayNode) root.at("/receipt/proof");
              proof.add(proof.get(0));
            });
    assertThat(verifier.verify(extraNode, file).verdict()).isEqualTo(Verdict.INVALID_PROOF);
    EvidencePackage otherChain = PackageJson.with(pkg, "/chainId", v -> new LongNode(1));
    assertThat(verifier.verify(otherChain, file).verdict())
        .as("a package claiming another chain is not one the anchor knows")
        .isEqualTo(Verdict.NOT_FOUND);

    writeFixture("deposit-package.json", pkg.toJson());
    writeFixture("deposit-evidence.txt", Files.readAllBytes(file));
  }

  @Test
  void onlineVerificationFollowsTheNodesCanonicalChainThroughAReorganisation() throws Exception {
    String snapshot = anvil.snapshot();
    Path file = file("video-0001.mp4", 256 << 10, 4);
    Deposited deposited = deposit(file, EvidenceKind.VIDEO);
    EvidencePackage pkg =
        exporter.exportDeposit(
            Bytes32.fromHex(deposited.receipt.getTransactionHash()), deposited.evidenceId);
    try (CanonicalChain node = CanonicalChain.connect(chain.anvil.rpcUrl())) {
      EvidenceVerifier online = EvidenceVerifier.online(registry, node);
      Verification before = online.verify(pkg, file);
      assertThat(before.verdict()).as(before.reason()).isEqualTo(Verdict.VERIFIED);

      assertThat(anvil.revert(snapshot)).isTrue();
      anvil.mine();
      anvil.mine();
      assertThat(nodeHash(pkg.blockNumber())).isNotEqualTo(pkg.blockHash());
      Verification after = online.verify(pkg, file);
      assertThat(after.verdict()).as(after.reason()).isEqualTo(Verdict.NOT_FOUND);
      assertThat(after.reason()).contains("not on the node's canonical chain");
      assertThat(
              EvidenceVerifier.online(Address.fromHex(chain.cases().getContractAddress()), node)
                  .verify(pkg, file)
                  .verdict())
          .isEqualTo(Verdict.NOT_FOUND);
    }
    assertThatThrownBy(
            () ->
                exporter.exportDeposit(
                    Bytes32.fromHex(deposited.receipt.getTransactionHash()), deposited.evidenceId))
        .isInstanceOf(ExportException.class)
        .extracting(e -> ((ExportException) e).reason())
        .isEqualTo(ExportException.Reason.TRANSACTION_NOT_FOUND);
  }

  @Test
  void aBatchItemVerifiesWithItsLeafProofAndTheAnchoringTransaction() throws Exception {
    List<Path> files = new ArrayList<>();
    List<BatchLeaf> leaves = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      Path f =
          textFile(
              "pda-07-photo-" + i + ".txt",
              ("执法记录仪 PDA-07 现场照片 第" + i + "张（占位内容）\n").repeat(20 + i));
      files.add(f);
      ContentDigests d = ContentDigests.of(Files.readAllBytes(f));
      leaves.add(
          new BatchLeaf(
              Bytes32.of(caseId),
              d.sha256(),
              d.sm3(),
              EvidenceKind.PHOTO.code(),
              Bytes32.of(Hash.sha3(("blob " + i).getBytes(StandardCharsets.UTF_8))),
              Bytes32.of(Hash.sha3(("meta " + i).getBytes(StandardCharsets.UTF_8)))));
    }
    StandardMerkleTree tree = StandardMerkleTree.of(leaves);
    TransactionReceipt anchored =
        evidence()
            .anchorBatch(
                tree.root().toByteArray(),
                BigInteger.valueOf(leaves.size()),
                Hash.sha3("manifest".getBytes(StandardCharsets.UTF_8)),
                Hash.sha3("batch metadata".getBytes(StandardCharsets.UTF_8)))
            .send();
    Bytes32 tx = Bytes32.fromHex(anchored.getTransactionHash());
    int item = 4;
    EvidencePackage pkg = exporter.exportBatchItem(tx, leaves.get(item), tree.proof(item));
    PackagedItem.BatchItem batchItem = (PackagedItem.BatchItem) pkg.item();
    AnchoredBatch batch = batchItem.batch();
    assertThat(batch.root()).isEqualTo(tree.root());
    assertThat(batch.itemCount()).isEqualTo(9);
    EvidenceRegistry.Batch onChainBatch =
        new EvidenceRegistry.Batch(
            batch.root().toByteArray(),
            batch.department().toByteArray(),
            batch.anchorer().toHex(),
            BigInteger.valueOf(batch.itemCount()),
            batch.manifestRef().toByteArray(),
            batch.metadataHash().toByteArray(),
            BigInteger.valueOf(batch.anchoredAt().getEpochSecond()));
    assertThat(Bytes32.of(evidence().batchCommitmentOf(onChainBatch).send()))
        .as("AnchoredBatch.commitment() is the contract's batchCommitmentOf")
        .isEqualTo(batch.commitment());
    assertThat(
            evidence()
                .batchMatches(
                    new EvidenceRegistry.Batch(
                        batch.root().toByteArray(),
                        batch.department().toByteArray(),
                        batch.anchorer().toHex(),
                        BigInteger.valueOf(batch.itemCount()),
                        batch.manifestRef().toByteArray(),
                        batch.metadataHash().toByteArray(),
                        BigInteger.valueOf(batch.anchoredAt().getEpochSecond())))
                .send())
        .as("the exported batch is exactly the one the registry committed")
        .isTrue();

    EvidenceVerifier verifier = EvidenceVerifier.of(anchorOf(pkg.blockHash()));
    Verification ok = verifier.verify(pkg, files.get(item));
    assertThat(ok.verdict()).as(ok.reason()).isEqualTo(Verdict.VERIFIED);
    assertThat(verifier.verify(pkg, files.get(item + 1)).verdict()).isEqualTo(Verdict.MISMATCH);
    assertThat(EvidenceVerifier.unanchored().verify(pkg, files.get(item)).verdict())
        .isEqualTo(Verdict.UNANCHORED);

    Map<String, UnaryOperator<JsonNode>> tampers = new LinkedHashMap<>();
    tampers.put("/item/leaf/kind", v -> new IntNode(EvidenceKind.VIDEO.code()));
    tampers.put("/item/leaf/blobRef", v -> PackageJson.flipByte(v, 3));
    tampers.put("/item/merkleProof/0", v -> PackageJson.flipByte(v, 0));
    tampers.put("/item/batch/itemCount", v -> new IntNode(10));
    tampers.put("/item/batch/anchoredAt", v -> new LongNode(v.asLong() + 1));
    tampers.put("/item/batch/anchorer", v -> new TextNode(chain.captain.getAddress()));
    tampers.put("/item/batch/manifestRef", v -> PackageJson.flipByte(v, 31));
    tampers.put("/item/batch/root", v -> PackageJson.flipByte(v, 31));
    for (Map.Entry<String, UnaryOperator<JsonNode>> t : tampers.entrySet()) {
      Verification v =
          verifier.verify(PackageJson.with(pkg, t.getKey(), t.getValue()), files.get(item));
      assertThat(v.verdict()).as(t.getKey() + " → " + v.reason()).isEqualTo(Verdict.INVALID_PROOF);
    }
    EvidencePackage shorter =
        PackageJson.edited(
            pkg,
            root ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) root.at("/item/merkleProof"))
                    .remove(0));
    assertThat(verifier.verify(shorter, files.get(item)).verdict())
        .isEqualTo(Verdict.INVALID_PROOF);

    // Every other item of the batch exports and verifies too.
    for (int i = 0; i < leaves.size(); i++) {
      EvidencePackage p = exporter.exportBatchItem(tx, leaves.get(i), tree.proof(i));
      assertThat(verifier.verify(p, files.get(i)).verdict())
          .as("item %d", i)
          .isEqualTo(Verdict.VERIFIED);
    }

    writeFixture("batch-package.json", pkg.toJson());
    writeFixture("batch-evidence.txt", Files.readAllBytes(files.get(item)));
  }

  @Test
  void exportsFailWithTheirReason() throws Exception {
    Path file = file("doc-0001.pdf", 1000, 5);
    Deposited deposited = deposit(file, EvidenceKind.DOCUMENT);
    Bytes32 tx = Bytes32.fromHex(deposited.receipt.getTransactionHash());
    assertThatThrownBy(() -> exporter.exportDeposit(tx, Bytes32.ZERO))
        .isInstanceOf(ExportException.class)
        .extracting(e -> ((ExportException) e).reason())
        .isEqualTo(ExportException.Reason.EVENT_NOT_FOUND);
    assertThatThrownBy(
            () ->
                exporter.exportDeposit(
                    Bytes32.fromHex("0x" + "ab".repeat(32)), deposited.evidenceId))
        .isInstanceOf(ExportException.class)
        .extracting(e -> ((ExportException) e).reason())
        .isEqualTo(ExportException.Reason.TRANSACTION_NOT_FOUND);
    try (EvidencePackageExporter wrongChain =
        EvidencePackageExporter.connect(chain.anvil.rpcUrl(), 1, registry)) {
      assertThatThrownBy(() -> wrongChain.exportDeposit(tx, deposited.evidenceId))
          .isInstanceOf(ExportException.class)
          .extracting(e -> ((ExportException) e).reason())
          .isEqualTo(ExportException.Reason.WRONG_CHAIN);
    }
    try (EvidencePackageExporter wrongRegistry =
        EvidencePackageExporter.connect(
            chain.anvil.rpcUrl(),
            DevConsortium.CHAIN_ID,
            Address.fromHex(chain.cases().getContractAddress()))) {
      assertThatThrownBy(() -> wrongRegistry.exportDeposit(tx, deposited.evidenceId))
          .isInstanceOf(ExportException.class)
          .extracting(e -> ((ExportException) e).reason())
          .isEqualTo(ExportException.Reason.EVENT_NOT_FOUND);
    }
    String duplicate =
        evidence()
            .deposit(caseId, new byte[32], new byte[32], BigInteger.ONE, new byte[32], new byte[32])
            .encodeFunctionCall();
    Bytes32 failed =
        anvil.send(
            RawTransaction.createTransaction(
                DevConsortium.CHAIN_ID,
                BigInteger.valueOf(anvil.nonce(chain.officer)),
                BigInteger.valueOf(500_000),
                registry.toHex(),
                BigInteger.ZERO,
                duplicate,
                BigInteger.ZERO,
                BigInteger.ZERO),
            chain.officer);
    assertThat(anvil.receipt(failed).get("status").asText()).isEqualTo("0x0");
    assertThatThrownBy(() -> exporter.exportDeposit(failed, deposited.evidenceId))
        .isInstanceOf(ExportException.class)
        .extracting(e -> ((ExportException) e).reason())
        .isEqualTo(ExportException.Reason.TRANSACTION_FAILED);
  }

  private static EvidenceRegistry.EvidenceRecord onChain(EvidenceRecord r) {
    return new EvidenceRegistry.EvidenceRecord(
        r.caseId().toByteArray(),
        r.contentSha256().toByteArray(),
        r.contentSm3().toByteArray(),
        BigInteger.valueOf(r.kind()),
        r.blobRef().toByteArray(),
        r.metadataHash().toByteArray(),
        r.depositor().toHex(),
        BigInteger.valueOf(r.depositedAt().getEpochSecond()),
        r.supersedes().toByteArray());
  }

  private static void writeFixture(String name, byte[] bytes) throws Exception {
    String target = System.getProperty("yunxi.proof.fixtures");
    if (target != null) {
      Path out = Path.of(target);
      Files.createDirectories(out);
      Files.write(out.resolve(name), bytes);
    }
  }
}
