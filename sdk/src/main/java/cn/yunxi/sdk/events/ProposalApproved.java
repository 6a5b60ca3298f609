package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A department approved a proposal, through one of its admins.
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event ProposalApproved(uint256 indexed
 * proposalId, bytes32 indexed department, address indexed admin)}. The event has no time field:
 * {@link #time()} is empty.
 *
 * @param meta where the log is
 * @param proposalId the proposal
 * @param department the approving department
 * @param admin the admin who approved
 */
public record ProposalApproved(
    EventMeta meta, BigInteger proposalId, Bytes32 department, Address admin)
    implements ConsortiumEvent {

  public ProposalApproved {
    Objects.requireNonNull(meta, "meta");
    Checks.uint256(proposalId, "proposalId");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(admin, "admin");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.empty();
  }
}
