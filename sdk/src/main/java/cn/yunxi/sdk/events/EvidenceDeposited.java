package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An evidence record was deposited (数据存证), or a correction that supersedes an earlier one. {@link
 * #record()} is the full record, as the contract commits it.
 *
 * <p>Solidity ({@link YunxiContract#EVIDENCE}): {@code event EvidenceDeposited(bytes32 indexed
 * evidenceId, bytes32 indexed caseId, bytes32 indexed contentSha256, bytes32 contentSm3, uint8
 * kind, bytes32 blobRef, bytes32 metadataHash, address depositor, uint64 depositedAt, bytes32
 * supersedes)}.
 *
 * @param meta where the log is
 * @param evidenceId keccak-256 of {@code abi.encode(caseId, contentSha256, supersedes)}
 * @param caseId the case
 * @param contentSha256 SHA-256 of the plaintext content
 * @param contentSm3 SM3 of the plaintext content
 * @param kind the evidence kind code (see {@link cn.yunxi.sdk.model.EvidenceKind})
 * @param blobRef content address of the encrypted blob
 * @param metadataHash hash of the item's metadata
 * @param depositor the member who deposited it
 * @param depositedAt the block time of the deposit
 * @param supersedes the id of the record this one corrects, {@link Bytes32#ZERO} if none
 */
public record EvidenceDeposited(
    EventMeta meta,
    Bytes32 evidenceId,
    Bytes32 caseId,
    Bytes32 contentSha256,
    Bytes32 contentSm3,
    int kind,
    Bytes32 blobRef,
    Bytes32 metadataHash,
    Address depositor,
    Instant depositedAt,
    Bytes32 supersedes)
    implements EvidenceEvent {

  public EvidenceDeposited {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(contentSha256, "contentSha256");
    Objects.requireNonNull(contentSm3, "contentSm3");
    Checks.uint8(kind, "kind");
    Objects.requireNonNull(blobRef, "blobRef");
    Objects.requireNonNull(metadataHash, "metadataHash");
    Objects.requireNonNull(depositor, "depositor");
    Objects.requireNonNull(depositedAt, "depositedAt");
    Objects.requireNonNull(supersedes, "supersedes");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(depositedAt);
  }

  /**
   * The deposited record, exactly as the contract committed it (its id is {@link #evidenceId()}).
   */
  public EvidenceRecord record() {
    return new EvidenceRecord(
        caseId,
        contentSha256,
        contentSm3,
        kind,
        blobRef,
        metadataHash,
        depositor,
        depositedAt,
        supersedes);
  }
}
