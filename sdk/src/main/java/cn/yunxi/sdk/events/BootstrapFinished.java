package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The deployer finished the bootstrap and kept no power.
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event BootstrapFinished(address indexed
 * bootstrapper, uint32 departments, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param bootstrapper the deployer
 * @param departments how many departments were bootstrapped
 * @param timestamp when it happened: the block time the contract recorded
 */
public record BootstrapFinished(
    EventMeta meta, Address bootstrapper, long departments, Instant timestamp)
    implements ConsortiumEvent {

  public BootstrapFinished {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(bootstrapper, "bootstrapper");
    Checks.uint32(departments, "departments");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
