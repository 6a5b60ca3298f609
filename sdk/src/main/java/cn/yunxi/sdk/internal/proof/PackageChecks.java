package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.PackagedItem;
import cn.yunxi.sdk.proof.StandardMerkleTree;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The cryptographic links inside a package, checked without any trust anchor: item → event (and
 * leaf → Merkle root for a batch item), event → receipt at its position, receipt → receiptsRoot by
 * the trie proof, header → block hash. The first broken link is reported.
 */
public final class PackageChecks {
  private PackageChecks() {}

  /** Why the package is not internally consistent, or empty if every link holds. */
  public static Optional<String> firstBrokenLink(PackageContents p) {
    ReceiptLog expected;
    boolean batch = p.item() instanceof PackagedItem.BatchItem;
    if (p.item() instanceof PackagedItem.Deposit d) {
      expected = RegistryEvents.deposited(p.registry(), d.record());
    } else {
      PackagedItem.BatchItem b = (PackagedItem.BatchItem) p.item();
      Bytes32 reached = StandardMerkleTree.processProof(b.leaf().leafHash(), b.merkleProof());
      if (!reached.equals(b.batch().root())) {
        return Optional.of(
            "the Merkle proof leads from the leaf to "
                + reached
                + ", not to the batch root "
                + b.batch().root());
      }
      expected = RegistryEvents.anchored(p.registry(), b.batch());
    }

    byte[] computed;
    try {
      computed = HeaderHashing.blockHash(p.header(), p.hashScheme());
    } catch (ProofException e) {
      return Optional.of(e.getMessage());
    }
    if (!Arrays.equals(computed, p.blockHash().toByteArray())) {
      return Optional.of(
          "the header hashes to "
              + Bytes32.of(computed)
              + " ("
              + p.hashScheme().jsonName()
              + "), not to the block hash "
              + p.blockHash());
    }

    byte[] inTrie;
    try {
      inTrie =
          PatriciaTrie.verify(
              p.header().receiptsRoot(), Rlp.uint(p.transactionIndex()), p.receiptProof());
    } catch (ProofException e) {
      return Optional.of(
          "the receipt proof does not hold against the header's receiptsRoot: " + e.getMessage());
    }
    if (!Arrays.equals(inTrie, p.receipt())) {
      return Optional.of(
          "the receipt is not the one the block's receiptsRoot holds at transaction index "
              + p.transactionIndex());
    }

    TypedReceipt receipt;
    try {
      receipt = TypedReceipt.decode(p.receipt());
    } catch (RlpException e) {
      return Optional.of("the receipt cannot be decoded: " + e.getMessage());
    }
    if (!receipt.succeeded()) {
      return Optional.of("the transaction did not succeed (receipt status is not 1)");
    }
    List<ReceiptLog> logs = receipt.logs();
    if (p.logIndex() >= logs.size()) {
      return Optional.of(
          "the receipt has " + logs.size() + " log(s); there is no log at index " + p.logIndex());
    }
    ReceiptLog actual = logs.get(p.logIndex());
    return batch
        ? RegistryEvents.differenceFromAnchor(actual, expected)
        : RegistryEvents.differenceFromDeposit(actual, expected);
  }
}
