package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import java.util.List;
import java.util.Objects;

/**
 * The evidence item an evidence package is about: a record deposited on its own, or one leaf of an
 * anchored batch with its Merkle proof.
 */
public sealed interface PackagedItem permits PackagedItem.Deposit, PackagedItem.BatchItem {
  Bytes32 caseId();

  /** The SHA-256 of the item's content, which the file must have. */
  Bytes32 contentSha256();

  /** The SM3 of the item's content, which the file must have. */
  Bytes32 contentSm3();

  /** A record deposited with {@code EvidenceRegistry.deposit} (or {@code correct}). */
  record Deposit(EvidenceRecord record) implements PackagedItem {
    public Deposit {
      Objects.requireNonNull(record, "record");
    }

    @Override
    public Bytes32 caseId() {
      return record.caseId();
    }

    @Override
    public Bytes32 contentSha256() {
      return record.contentSha256();
    }

    @Override
    public Bytes32 contentSm3() {
      return record.contentSm3();
    }
  }

  /**
   * A leaf of a batch anchored with {@code EvidenceRegistry.anchorBatch}.
   *
   * @param leaf the item's leaf values
   * @param batch the batch as anchored
   * @param merkleProof the StandardMerkleTree proof from the leaf hash to {@code batch.root()}
   */
  record BatchItem(BatchLeaf leaf, AnchoredBatch batch, List<Bytes32> merkleProof)
      implements PackagedItem {
    public BatchItem {
      Objects.requireNonNull(leaf, "leaf");
      Objects.requireNonNull(batch, "batch");
      merkleProof = List.copyOf(merkleProof);
    }

    @Override
    public Bytes32 caseId() {
      return leaf.caseId();
    }

    @Override
    public Bytes32 contentSha256() {
      return leaf.contentSha256();
    }

    @Override
    public Bytes32 contentSm3() {
      return leaf.contentSm3();
    }
  }
}
