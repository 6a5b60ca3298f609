package cn.yunxi.network;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The chain's consensus and genesis parameters, the same for every node.
 *
 * @param chainId the EIP-155 chain id every transaction is signed with
 * @param blockPeriodSeconds QBFT's minimum time between blocks ({@code blockperiodseconds})
 * @param requestTimeoutSeconds QBFT's round timeout before a round change ({@code
 *     requesttimeoutseconds}); Besu's documentation suggests starting at twice the block period
 * @param epochLength blocks after which pending validator votes are discarded ({@code epochlength})
 * @param gasLimit the block gas limit of the genesis block (and so of the chain, unless the
 *     validators are started with a different {@code --target-gas-limit})
 * @param alloc pre-funded accounts ({@code 0x} address, lower case → balance in wei), usually
 *     empty: gas is free
 */
public record Chain(
    long chainId,
    int blockPeriodSeconds,
    int requestTimeoutSeconds,
    long epochLength,
    long gasLimit,
    Map<String, BigInteger> alloc) {

  /** Besu's default epoch length. */
  public static final long DEFAULT_EPOCH_LENGTH = 30_000;

  /**
   * Anvil's default block gas limit, which the dev chain keeps: both chains fit the same blocks.
   */
  public static final long DEFAULT_GAS_LIMIT = 30_000_000;

  public Chain {
    Objects.requireNonNull(alloc, "alloc");
    // Sorted, so generated genesis files do not depend on the order of the YAML file.
    alloc = Collections.unmodifiableMap(new TreeMap<>(alloc));
  }
}
