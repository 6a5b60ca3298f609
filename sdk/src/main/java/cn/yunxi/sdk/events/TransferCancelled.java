package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The owning department withdrew a pending transfer.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event TransferCancelled(bytes32 indexed caseId,
 * bytes32 indexed to, address by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param to the department the transfer was waiting on
 * @param by the captain who withdrew it
 * @param timestamp when it happened: the block time the contract recorded
 */
public record TransferCancelled(
    EventMeta meta, Bytes32 caseId, Bytes32 to, Address by, Instant timestamp)
    implements CaseEvent {

  public TransferCancelled {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
