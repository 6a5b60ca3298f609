package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.internal.proof.JsonRpc;
import cn.yunxi.sdk.internal.proof.PackageExporter;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import java.util.List;
import java.util.Objects;

/**
 * Exports the evidence package of one item from a node: fetches the transaction's receipt, its
 * block and all the block's receipts, rebuilds the receipts trie (checking it against the block's
 * receiptsRoot and the header against the block hash), decodes the registry's event and assembles
 * the package. Needs no credentials. Thread-safe; close it to release the connection.
 */
public final class EvidencePackageExporter implements AutoCloseable {
  private final PackageExporter exporter;

  private EvidencePackageExporter(PackageExporter exporter) {
    this.exporter = exporter;
  }

  /**
   * An exporter reading from the node at {@code rpcUrl}, for the chain {@code chainId} and its
   * EvidenceRegistry at {@code registry}.
   */
  public static EvidencePackageExporter connect(String rpcUrl, long chainId, Address registry) {
    Objects.requireNonNull(rpcUrl, "rpcUrl");
    Objects.requireNonNull(registry, "registry");
    if (chainId <= 0) {
      throw new IllegalArgumentException("chainId <= 0: " + chainId);
    }
    return new EvidencePackageExporter(
        new PackageExporter(JsonRpc.http(rpcUrl), chainId, registry));
  }

  /**
   * The package of the record {@code evidenceId}, deposited by transaction {@code transactionHash}.
   *
   * @throws ExportException if it cannot be exported; {@link ExportException#reason()} says why
   */
  public EvidencePackage exportDeposit(Bytes32 transactionHash, Bytes32 evidenceId) {
    Objects.requireNonNull(transactionHash, "transactionHash");
    Objects.requireNonNull(evidenceId, "evidenceId");
    return EvidencePackage.parse(exporter.exportDeposit(transactionHash, evidenceId));
  }

  /**
   * The package of one item of the batch anchored by transaction {@code transactionHash}: {@code
   * leaf} and its StandardMerkleTree proof (e.g. {@link StandardMerkleTree#proof(BatchLeaf)}).
   *
   * @throws ExportException if it cannot be exported; {@link ExportException#reason()} says why
   */
  public EvidencePackage exportBatchItem(
      Bytes32 transactionHash, BatchLeaf leaf, List<Bytes32> merkleProof) {
    Objects.requireNonNull(transactionHash, "transactionHash");
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(merkleProof, "merkleProof");
    return EvidencePackage.parse(exporter.exportBatchItem(transactionHash, leaf, merkleProof));
  }

  @Override
  public void close() {
    exporter.close();
  }
}
