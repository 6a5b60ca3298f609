package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The target department's custodian accepted a request for processing.
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event RequestAccepted(bytes32 indexed
 * requestId, address indexed custodian, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param custodian the custodian
 * @param timestamp when it happened: the block time the contract recorded
 */
public record RequestAccepted(
    EventMeta meta, Bytes32 requestId, Address custodian, Instant timestamp)
    implements RequestEvent {

  public RequestAccepted {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(custodian, "custodian");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
