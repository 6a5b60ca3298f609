package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A captain of the requesting department (not the creator) approved a request (队长审核).
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event RequestApproved(bytes32 indexed
 * requestId, address indexed approver, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param approver the captain
 * @param timestamp when it happened: the block time the contract recorded
 */
public record RequestApproved(
    EventMeta meta, Bytes32 requestId, Address approver, Instant timestamp)
    implements RequestEvent {

  public RequestApproved {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
