package cn.yunxi.network;

import cn.yunxi.network.internal.NetworkPlan;
import cn.yunxi.network.internal.NodeIdentity;
import cn.yunxi.network.internal.PlanWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Writes a complete Hyperledger Besu 26.x QBFT network for a consortium: per node a secp256k1 key
 * where Besu looks for it ({@code data/key}), its enode, {@code config.toml}, the node allowlist
 * and a start script; one {@code genesis.json}. The layout is described in {@code
 * network-config/README.md}.
 *
 * <p>The consortium is validated first (the same rules as {@link ConsortiumLoader}); the output
 * directory must not exist or be empty, and is written all or nothing.
 */
public final class NetworkGenerator {
  private final NodeKeys keys;
  private final Clock clock;

  private NetworkGenerator(NodeKeys keys, Clock clock) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A generator with fresh random node keys ({@link NodeKeys#random()}). */
  public static NetworkGenerator create() {
    return new NetworkGenerator(NodeKeys.random(), Clock.systemUTC());
  }

  /** This generator with node keys from {@code keys}, e.g. {@link NodeKeys#deterministic}. */
  public NetworkGenerator withKeys(NodeKeys keys) {
    return new NetworkGenerator(keys, clock);
  }

  /** This generator judging credential expiry (a validation warning) by {@code clock}. */
  public NetworkGenerator withClock(Clock clock) {
    return new NetworkGenerator(keys, clock);
  }

  /**
   * Validates {@code consortium} and writes its network as directory {@code out}.
   *
   * @return what was written, with the consortium's validation warnings
   * @throws InvalidConsortiumException if the consortium has errors (nothing is written)
   * @throws OutputExistsException if {@code out} exists and is not an empty directory
   * @throws NetworkConfigException if writing fails (nothing is left behind)
   */
  public GeneratedNetwork generate(Consortium consortium, Path out) {
    List<ValidationWarning> warnings =
        ConsortiumLoader.withClock(clock).validate(consortium).warnings();
    NetworkPlan plan = NetworkPlan.of(consortium, keys);
    PlanWriter.write(plan, out);
    Path dir = out.toAbsolutePath().normalize();
    List<GeneratedNode> nodes =
        plan.identities().stream().map(identity -> describe(identity, dir)).toList();
    return new GeneratedNetwork(
        dir, dir.resolve("genesis.json"), plan.extraData(), nodes, warnings);
  }

  private static GeneratedNode describe(NodeIdentity identity, Path dir) {
    return new GeneratedNode(
        identity.node().name(),
        identity.department().code(),
        identity.node().validator(),
        identity.address(),
        identity.publicKeyHex(),
        identity.enode(),
        dir.resolve(identity.node().name()),
        identity.privateKey().isPresent());
  }
}
