package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The target department's custodian rejected a request.
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event RequestRejected(bytes32 indexed
 * requestId, address indexed custodian, bytes32 reasonHash, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param custodian the custodian
 * @param reasonHash hash of the reason
 * @param timestamp when it happened: the block time the contract recorded
 */
public record RequestRejected(
    EventMeta meta, Bytes32 requestId, Address custodian, Bytes32 reasonHash, Instant timestamp)
    implements RequestEvent {

  public RequestRejected {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(custodian, "custodian");
    Objects.requireNonNull(reasonHash, "reasonHash");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
