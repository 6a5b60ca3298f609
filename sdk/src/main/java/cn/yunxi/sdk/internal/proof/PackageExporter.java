package cn.yunxi.sdk.internal.proof;

import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import cn.yunxi.sdk.proof.AnchoredBatch;
import cn.yunxi.sdk.proof.ExportException;
import cn.yunxi.sdk.proof.ExportException.Reason;
import cn.yunxi.sdk.proof.HeaderHashScheme;
import cn.yunxi.sdk.proof.PackagedItem;
import cn.yunxi.sdk.proof.StandardMerkleTree;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

/**
 * Builds evidence packages from a node's JSON-RPC: the transaction's receipt and block, every
 * receipt of the block (eth_getBlockReceipts, or one by one where the node lacks it), the receipts
 * trie rebuilt and checked against the header, the header checked against the block hash, the
 * registry's event decoded with the generated wrapper. The result is checked link by link before it
 * is handed out.
 */
public final class PackageExporter implements AutoCloseable {
  private final JsonRpc rpc;
  private final long chainId;
  private final Address registry;

  public PackageExporter(JsonRpc rpc, long chainId, Address registry) {
    this.rpc = rpc;
    this.chainId = chainId;
    this.registry = registry;
  }

  /** The package JSON of a deposited record. */
  public byte[] exportDeposit(Bytes32 txHash, Bytes32 evidenceId) {
    BlockEvidence block = fetch(txHash);
    int logIndex =
        block.findLog(
            log ->
                log.getTopics().size() == 4
                    && Arrays.equals(topic(log, 0), RegistryEvents.DEPOSITED_TOPIC)
                    && Arrays.equals(topic(log, 1), evidenceId.toByteArray()),
            "an EvidenceDeposited event for evidence " + evidenceId);
    EvidenceRegistry.EvidenceDepositedEventResponse e =
        EvidenceRegistry.getEvidenceDepositedEventFromLog(block.logs.get(logIndex));
    EvidenceRecord record =
        new EvidenceRecord(
            Bytes32.of(e.caseId),
            Bytes32.of(e.contentSha256),
            Bytes32.of(e.contentSm3),
            e.kind.intValueExact(),
            Bytes32.of(e.blobRef),
            Bytes32.of(e.metadataHash),
            Address.fromHex(e.depositor),
            Instant.ofEpochSecond(e.depositedAt.longValueExact()),
            Bytes32.of(e.supersedes));
    if (!record.evidenceId().equals(Bytes32.of(e.evidenceId))) {
      throw new ExportException(
          Reason.INCONSISTENT_NODE_DATA, "the event's evidenceId is not its record's id");
    }
    return block.finish(new PackagedItem.Deposit(record), logIndex);
  }

  /** The package JSON of a batch item. */
  public byte[] exportBatchItem(Bytes32 txHash, BatchLeaf leaf, List<Bytes32> merkleProof) {
    Bytes32 root = StandardMerkleTree.processProof(leaf.leafHash(), merkleProof);
    BlockEvidence block = fetch(txHash);
    int logIndex =
        block.findLog(
            log ->
                log.getTopics().size() == 4
                    && Arrays.equals(topic(log, 0), RegistryEvents.ANCHORED_TOPIC)
                    && Arrays.equals(topic(log, 1), root.toByteArray()),
            "a BatchAnchored event for root "
                + root
                + " (the root the leaf and its proof lead to)");
    EvidenceRegistry.BatchAnchoredEventResponse e =
        EvidenceRegistry.getBatchAnchoredEventFromLog(block.logs.get(logIndex));
    AnchoredBatch batch =
        new AnchoredBatch(
            Bytes32.of(e.root),
            Bytes32.of(e.department),
            Address.fromHex(e.anchorer),
            e.itemCount.longValueExact(),
            Bytes32.of(e.manifestRef),
            Bytes32.of(e.metadataHash),
            Instant.ofEpochSecond(e.anchoredAt.longValueExact()));
    return block.finish(new PackagedItem.BatchItem(leaf, batch, merkleProof), logIndex);
  }

  private static byte[] topic(Log log, int i) {
    return Numeric.hexStringToByteArray(log.getTopics().get(i));
  }

  /** The block-level evidence of one transaction, before the item is known. */
  private final class BlockEvidence {
    final Bytes32 txHash;
    final int transactionIndex;
    final List<Log> logs;
    final byte[] receipt;
    final List<byte[]> proof;
    final BlockHeader header;
    final HeaderHashScheme scheme;
    final Bytes32 blockHash;

    BlockEvidence(
        Bytes32 txHash,
        int transactionIndex,
        List<Log> logs,
        byte[] receipt,
        List<byte[]> proof,
        BlockHeader header,
        HeaderHashScheme scheme,
        Bytes32 blockHash) {
      this.txHash = txHash;
      this.transactionIndex = transactionIndex;
      this.logs = logs;
      this.receipt = receipt;
      this.proof = proof;
      this.header = header;
      this.scheme = scheme;
      this.blockHash = blockHash;
    }

    int findLog(Predicate<Log> matches, String what) {
      for (int i = 0; i < logs.size(); i++) {
        Log log = logs.get(i);
        if (Address.fromHex(log.getAddress()).equals(registry) && matches.test(log)) {
          return i;
        }
      }
      throw new ExportException(
          Reason.EVENT_NOT_FOUND,
          "transaction " + txHash + " has no " + what + " from the EvidenceRegistry " + registry);
    }

    byte[] finish(PackagedItem item, int logIndex) {
      PackageContents contents =
          new PackageContents(
              chainId,
              registry,
              item,
              transactionIndex,
              logIndex,
              receipt,
              proof,
              scheme,
              blockHash,
              header);
      Optional<String> broken = PackageChecks.firstBrokenLink(contents);
      if (broken.isPresent()) {
        throw new ExportException(
            Reason.INCONSISTENT_NODE_DATA,
            "the package built for transaction " + txHash + " does not hold: " + broken.get());
      }
      return PackageCodec.write(contents);
    }
  }

  private BlockEvidence fetch(Bytes32 txHash) {
    try {
      return fetchOrFail(txHash);
    } catch (ExportException e) {
      throw e;
    } catch (JsonRpc.CallException | ChainData.MalformedException e) {
      throw new ExportException(
          Reason.INCONSISTENT_NODE_DATA, "exporting " + txHash + ": " + e.getMessage(), e);
    } catch (YunxiException e) {
      throw new ExportException(
          Reason.NODE_UNAVAILABLE, "exporting " + txHash + ": " + e.getMessage(), e);
    }
  }

  private BlockEvidence fetchOrFail(Bytes32 txHash) {
    long nodeChainId = ChainData.quantity(rpc.call("eth_chainId"), "eth_chainId").longValueExact();
    if (nodeChainId != chainId) {
      throw new ExportException(
          Reason.WRONG_CHAIN,
          "node " + rpc.endpoint() + " is on chain " + nodeChainId + ", not " + chainId);
    }
    JsonNode receipt = rpc.call("eth_getTransactionReceipt", txHash.toHex());
    if (receipt.isNull()) {
      throw new ExportException(
          Reason.TRANSACTION_NOT_FOUND, "node " + rpc.endpoint() + " has no receipt for " + txHash);
    }
    JsonNode status = receipt.get("status");
    if (status != null && !status.isNull() && ChainData.quantity(status, "status").signum() == 0) {
      throw new ExportException(Reason.TRANSACTION_FAILED, "transaction " + txHash + " failed");
    }
    Bytes32 blockHash = Bytes32.of(ChainData.bytes(receipt.get("blockHash"), "blockHash", 32));
    int index =
        ChainData.quantity(receipt.get("transactionIndex"), "transactionIndex").intValueExact();

    JsonNode block = rpc.call("eth_getBlockByHash", blockHash.toHex(), false);
    if (block.isNull()) {
      throw new ExportException(
          Reason.INCONSISTENT_NODE_DATA, "block " + blockHash + " vanished while reading it");
    }
    BlockHeader header = ChainData.header(block);
    HeaderHashScheme scheme = schemeOf(header, blockHash);

    List<byte[]> encoded = new ArrayList<>();
    List<Log> ourLogs = null;
    List<JsonNode> receipts = blockReceipts(block, blockHash);
    for (int i = 0; i < receipts.size(); i++) {
      JsonNode r = receipts.get(i);
      encoded.add(ChainData.encodeReceipt(r));
      if (i == index) {
        if (!txHash.equals(
            Bytes32.of(ChainData.bytes(r.get("transactionHash"), "transactionHash", 32)))) {
          throw new ExportException(
              Reason.INCONSISTENT_NODE_DATA,
              "receipt " + index + " of block " + blockHash + " is not that of " + txHash);
        }
        ourLogs = logs(r);
      }
    }
    if (ourLogs == null) {
      throw new ExportException(
          Reason.INCONSISTENT_NODE_DATA,
          "block " + blockHash + " has " + receipts.size() + " receipts, none at index " + index);
    }
    PatriciaTrie trie = PatriciaTrie.ofIndexed(encoded);
    if (!Arrays.equals(trie.rootHash(), header.receiptsRoot())) {
      throw new ExportException(
          Reason.INCONSISTENT_NODE_DATA,
          "the receipts of block "
              + blockHash
              + " rebuild the root "
              + Bytes32.of(trie.rootHash())
              + ", not the header's receiptsRoot "
              + Bytes32.of(header.receiptsRoot()));
    }
    return new BlockEvidence(
        txHash,
        index,
        ourLogs,
        encoded.get(index),
        trie.proof(Rlp.uint(index)),
        header,
        scheme,
        blockHash);
  }

  /** The scheme under which the header hashes to the node's block hash. */
  private static HeaderHashScheme schemeOf(BlockHeader header, Bytes32 blockHash) {
    for (HeaderHashScheme scheme : HeaderHashScheme.values()) {
      try {
        if (Arrays.equals(HeaderHashing.blockHash(header, scheme), blockHash.toByteArray())) {
          return scheme;
        }
      } catch (ProofException e) {
        // not a QBFT header: try the next scheme
      }
    }
    throw new ExportException(
        Reason.INCONSISTENT_NODE_DATA,
        "the header of block "
            + blockHash
            + " hashes to it under no known scheme (an unknown header field?)");
  }

  /** Every receipt of the block, in transaction order. */
  private List<JsonNode> blockReceipts(JsonNode block, Bytes32 blockHash) {
    JsonNode transactions = block.get("transactions");
    if (transactions == null || !transactions.isArray()) {
      throw new ExportException(Reason.INCONSISTENT_NODE_DATA, "block without transactions");
    }
    List<JsonNode> receipts = new ArrayList<>();
    JsonNode all = null;
    try {
      all = rpc.call("eth_getBlockReceipts", blockHash.toHex());
    } catch (JsonRpc.CallException e) {
      // Older nodes lack eth_getBlockReceipts: fall back to one call per transaction.
    }
    if (all != null && all.isArray()) {
      all.forEach(receipts::add);
    } else {
      for (JsonNode tx : transactions) {
        JsonNode r = rpc.call("eth_getTransactionReceipt", tx.asText());
        if (r.isNull()) {
          throw new ExportException(
              Reason.INCONSISTENT_NODE_DATA, "no receipt for " + tx.asText() + " any more");
        }
        receipts.add(r);
      }
    }
    if (receipts.size() != transactions.size()) {
      throw new ExportException(
          Reason.INCONSISTENT_NODE_DATA,
          "block "
              + blockHash
              + " has "
              + transactions.size()
              + " transactions but "
              + receipts.size()
              + " receipts");
    }
    for (int i = 0; i < receipts.size(); i++) {
      JsonNode r = receipts.get(i);
      Bytes32 inBlock = Bytes32.of(ChainData.bytes(r.get("blockHash"), "blockHash", 32));
      BigInteger position = ChainData.quantity(r.get("transactionIndex"), "transactionIndex");
      if (!inBlock.equals(blockHash) || position.intValueExact() != i) {
        throw new ExportException(
            Reason.INCONSISTENT_NODE_DATA,
            "receipt " + i + " is not for position " + i + " of block " + blockHash);
      }
    }
    return receipts;
  }

  private static List<Log> logs(JsonNode receipt) {
    List<Log> logs = new ArrayList<>();
    for (JsonNode l : receipt.get("logs")) {
      Log log = new Log();
      log.setAddress(l.get("address").asText());
      List<String> topics = new ArrayList<>();
      l.get("topics").forEach(t -> topics.add(t.asText()));
      log.setTopics(topics);
      log.setData(l.get("data").asText());
      logs.add(log);
    }
    return logs;
  }

  @Override
  public void close() {
    rpc.close();
  }
}
