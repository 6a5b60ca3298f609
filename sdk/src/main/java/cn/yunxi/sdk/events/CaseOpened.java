package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case was opened (立案) by an officer of its owning department.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event CaseOpened(bytes32 indexed caseId,
 * bytes32 indexed department, address indexed officer, uint16 caseType, bool simple, uint64
 * timestamp)}.
 *
 * @param meta where the log is
 * @param caseId keccak-256 of the external case number
 * @param department the owning department
 * @param officer the officer who opened it
 * @param caseType the department's case-type code
 * @param simple a simple-enforcement (简易程序) case: decided on the spot, no investigation
 * @param timestamp when it happened: the block time the contract recorded
 */
public record CaseOpened(
    EventMeta meta,
    Bytes32 caseId,
    Bytes32 department,
    Address officer,
    int caseType,
    boolean simple,
    Instant timestamp)
    implements CaseEvent {

  public CaseOpened {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(officer, "officer");
    Checks.uint16(caseType, "caseType");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
