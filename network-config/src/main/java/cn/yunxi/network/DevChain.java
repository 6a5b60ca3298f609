package cn.yunxi.network;

import java.util.ArrayList;
import java.util.List;

/**
 * How the local Anvil dev chain mirrors the consortium's chain: same chain id, the EVM the
 * contracts are compiled for ({@code cancun}), zero fees, the same gas limit; and a mining interval
 * close to the QBFT block period, so timing behaves alike.
 *
 * @param miningIntervalSeconds Anvil's {@code --block-time}; 0 mines one block per transaction
 * @param port the JSON-RPC port Anvil listens on; 0 picks a free one
 */
public record DevChain(int miningIntervalSeconds, int port) {

  /** The EVM version of the contracts, the genesis milestones and Anvil: change all or none. */
  public static final String HARDFORK = "cancun";

  /** Anvil's arguments that make it mirror {@code chain} (host and port excluded). */
  public List<String> anvilArguments(Chain chain) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--chain-id", Long.toString(chain.chainId()), "--hardfork", HARDFORK));
    args.addAll(List.of("--base-fee", "0", "--gas-price", "0"));
    args.addAll(List.of("--gas-limit", Long.toString(chain.gasLimit())));
    if (miningIntervalSeconds > 0) {
      args.addAll(List.of("--block-time", Integer.toString(miningIntervalSeconds)));
    }
    return List.copyOf(args);
  }
}
