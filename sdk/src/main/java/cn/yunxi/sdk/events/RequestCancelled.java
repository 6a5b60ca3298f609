package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request not yet accepted was cancelled by its creator or a captain.
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event RequestCancelled(bytes32 indexed
 * requestId, address indexed by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param by who cancelled it
 * @param timestamp when it happened: the block time the contract recorded
 */
public record RequestCancelled(EventMeta meta, Bytes32 requestId, Address by, Instant timestamp)
    implements RequestEvent {

  public RequestCancelled {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
