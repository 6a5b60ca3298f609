package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The deployer linked the data-request registry, whose receipt confirmations record custody (once,
 * at deployment).
 *
 * <p>Solidity ({@link YunxiContract#EVIDENCE}): {@code event RequestRegistryLinked(address
 * requestRegistry)}. The event has no time field: {@link #time()} is empty.
 *
 * @param meta where the log is
 * @param requestRegistry the DataRequestRegistry's address
 */
public record RequestRegistryLinked(EventMeta meta, Address requestRegistry)
    implements EvidenceEvent {

  public RequestRegistryLinked {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestRegistry, "requestRegistry");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.empty();
  }
}
