package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.ProposalAction;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A department's admin proposed adding, suspending or reactivating a department (the proposer's
 * department approves at once: a {@link ProposalApproved} follows).
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event ProposalCreated(uint256 indexed
 * proposalId, uint8 action, bytes32 indexed department, address indexed proposer, uint64
 * expiresAt)}. The event has no time field: {@link #time()} is empty.
 *
 * @param meta where the log is
 * @param proposalId the proposal, numbered from 1
 * @param action what is proposed
 * @param department the department the proposal is about
 * @param proposer the admin who proposed it
 * @param expiresAt after this moment the proposal can no longer be approved or executed
 */
public record ProposalCreated(
    EventMeta meta,
    BigInteger proposalId,
    ProposalAction action,
    Bytes32 department,
    Address proposer,
    Instant expiresAt)
    implements ConsortiumEvent {

  public ProposalCreated {
    Objects.requireNonNull(meta, "meta");
    Checks.uint256(proposalId, "proposalId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.empty();
  }
}
