package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The creator confirmed receipt of the response; the evidence registry recorded custody in the same
 * transaction.
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event ReceiptConfirmed(bytes32 indexed
 * requestId, address indexed by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param by the creator
 * @param timestamp when it happened: the block time the contract recorded
 */
public record ReceiptConfirmed(EventMeta meta, Bytes32 requestId, Address by, Instant timestamp)
    implements RequestEvent {

  public ReceiptConfirmed {
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
