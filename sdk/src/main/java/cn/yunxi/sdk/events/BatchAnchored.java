package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch of evidence items was anchored as one Merkle root (OpenZeppelin StandardMerkleTree).
 *
 * <p>Solidity ({@link YunxiContract#EVIDENCE}): {@code event BatchAnchored(bytes32 indexed root,
 * bytes32 indexed department, address indexed anchorer, uint32 itemCount, bytes32 manifestRef,
 * bytes32 metadataHash, uint64 anchoredAt)}.
 *
 * @param meta where the log is
 * @param root the Merkle root
 * @param department the anchorer's department
 * @param anchorer the member who anchored it
 * @param itemCount how many items the batch holds
 * @param manifestRef content address of the batch manifest blob (its leaves, no content)
 * @param metadataHash hash of the batch's metadata
 * @param anchoredAt the block time of the anchor
 */
public record BatchAnchored(
    EventMeta meta,
    Bytes32 root,
    Bytes32 department,
    Address anchorer,
    long itemCount,
    Bytes32 manifestRef,
    Bytes32 metadataHash,
    Instant anchoredAt)
    implements EvidenceEvent {

  public BatchAnchored {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(anchorer, "anchorer");
    Checks.uint32(itemCount, "itemCount");
    Objects.requireNonNull(manifestRef, "manifestRef");
    Objects.requireNonNull(metadataHash, "metadataHash");
    Objects.requireNonNull(anchoredAt, "anchoredAt");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(anchoredAt);
  }
}
