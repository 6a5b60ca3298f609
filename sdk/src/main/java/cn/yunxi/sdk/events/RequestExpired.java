package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An unfinished request past its deadline was marked expired (by anyone).
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event RequestExpired(bytes32 indexed
 * requestId, address indexed by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param by who marked it
 * @param timestamp when it happened: the block time the contract recorded
 */
public record RequestExpired(EventMeta meta, Bytes32 requestId, Address by, Instant timestamp)
    implements RequestEvent {

  public RequestExpired {
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
