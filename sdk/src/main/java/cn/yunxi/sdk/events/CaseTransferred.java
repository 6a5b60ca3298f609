package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The receiving department accepted a transfer and now owns the case; the former owner lost its
 * rights on it.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event CaseTransferred(bytes32 indexed caseId,
 * bytes32 indexed from, bytes32 indexed to, address by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param from the former owner
 * @param to the new owner
 * @param by the receiving department's captain who accepted
 * @param timestamp when it happened: the block time the contract recorded
 */
public record CaseTransferred(
    EventMeta meta, Bytes32 caseId, Bytes32 from, Bytes32 to, Address by, Instant timestamp)
    implements CaseEvent {

  public CaseTransferred {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
