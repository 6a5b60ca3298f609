package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case was closed (结案) with its result.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event CaseClosed(bytes32 indexed caseId,
 * address indexed by, uint8 result, bytes32 summaryHash, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param by who closed it
 * @param result how the case ended
 * @param summaryHash hash of the closing report
 * @param timestamp when it happened: the block time the contract recorded
 */
public record CaseClosed(
    EventMeta meta,
    Bytes32 caseId,
    Address by,
    CloseResult result,
    Bytes32 summaryHash,
    Instant timestamp)
    implements CaseEvent {

  public CaseClosed {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(summaryHash, "summaryHash");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
