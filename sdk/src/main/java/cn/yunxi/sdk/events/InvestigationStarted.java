package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case moved from opened to investigating (调查取证).
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event InvestigationStarted(bytes32 indexed
 * caseId, address indexed by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param by the officer or captain who started it
 * @param timestamp when it happened: the block time the contract recorded
 */
public record InvestigationStarted(EventMeta meta, Bytes32 caseId, Address by, Instant timestamp)
    implements CaseEvent {

  public InvestigationStarted {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
