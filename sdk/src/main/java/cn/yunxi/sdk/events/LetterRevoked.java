package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The issuing department's office revoked a letter, from this moment on.
 *
 * <p>Solidity ({@link YunxiContract#LETTERS}): {@code event LetterRevoked(bytes32 indexed letterId,
 * address indexed by, bytes32 reasonHash, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param letterId the letter
 * @param by the office member who revoked it
 * @param reasonHash hash of the reason
 * @param timestamp when it happened: the block time the contract recorded
 */
public record LetterRevoked(
    EventMeta meta, Bytes32 letterId, Address by, Bytes32 reasonHash, Instant timestamp)
    implements LetterEvent {

  public LetterRevoked {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(letterId, "letterId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(reasonHash, "reasonHash");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
