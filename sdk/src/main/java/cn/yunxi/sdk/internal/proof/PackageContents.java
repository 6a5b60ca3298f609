package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.HeaderHashScheme;
import cn.yunxi.sdk.proof.PackagedItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything an evidence package holds, as read from or written to its JSON (see sdk/PACKAGE.md).
 * Nothing here is trusted: {@link PackageChecks} checks every link.
 *
 * @param chainId the chain the package claims to come from
 * @param registry the EvidenceRegistry the event must come from
 * @param item the record, or the batch leaf with its batch and Merkle proof
 * @param transactionIndex the transaction's position in the block: the receipt's trie key
 * @param logIndex the event's position among the receipt's logs
 * @param receipt the receipt as stored in the receipts trie (EIP-2718)
 * @param receiptProof the trie nodes from the receiptsRoot to the receipt
 * @param hashScheme how the header hashes into the block hash
 * @param blockHash the block hash the package claims
 * @param header the block header
 */
public record PackageContents(
    long chainId,
    Address registry,
    PackagedItem item,
    int transactionIndex,
    int logIndex,
    byte[] receipt,
    List<byte[]> receiptProof,
    HeaderHashScheme hashScheme,
    Bytes32 blockHash,
    BlockHeader header) {

  public PackageContents {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(hashScheme, "hashScheme");
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(header, "header");
    receipt = receipt.clone();
    List<byte[]> nodes = new ArrayList<>();
    for (byte[] node : receiptProof) {
      nodes.add(node.clone());
    }
    receiptProof = List.copyOf(nodes);
  }

  @Override
  public byte[] receipt() {
    return receipt.clone();
  }
}
