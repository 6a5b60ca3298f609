package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.ProposalAction;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposal approved by more than two thirds of the active departments was carried out.
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event ProposalExecuted(uint256 indexed
 * proposalId, bytes32 indexed department, uint8 action)}. The event has no time field: {@link
 * #time()} is empty.
 *
 * @param meta where the log is
 * @param proposalId the proposal
 * @param department the department the proposal is about
 * @param action what was done
 */
public record ProposalExecuted(
    EventMeta meta, BigInteger proposalId, Bytes32 department, ProposalAction action)
    implements ConsortiumEvent {

  public ProposalExecuted {
    Objects.requireNonNull(meta, "meta");
    Checks.uint256(proposalId, "proposalId");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(action, "action");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.empty();
  }
}
