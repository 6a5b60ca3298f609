package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The requesting department's office bound the introduction letter that covers a request.
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event LetterBound(bytes32 indexed requestId,
 * bytes32 indexed letterId, address indexed by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param letterId the letter
 * @param by the office member who bound it
 * @param timestamp when it happened: the block time the contract recorded
 */
public record LetterBound(
    EventMeta meta, Bytes32 requestId, Bytes32 letterId, Address by, Instant timestamp)
    implements RequestEvent {

  public LetterBound {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(letterId, "letterId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
