package cn.yunxi.network.internal;

import cn.yunxi.network.Chain;
import cn.yunxi.network.QbftExtraData;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The Besu QBFT {@code genesis.json}. Written by hand rather than through a JSON library so the
 * output is byte-for-byte stable (golden files) and reads in the order an operator checks it.
 *
 * <ul>
 *   <li>Every milestone up to Cancun at genesis — blocks as numbers, Shanghai and Cancun as times —
 *       because the contracts are compiled for {@code cancun} (DESIGN.md §3); none after it, so the
 *       EVM stays Cancun.
 *   <li>Free gas: {@code zeroBaseFee} (every block's base fee is 0) and a genesis base fee of 0.
 *   <li>QBFT: {@code difficulty} 0x1 and the mix hash that marks Istanbul-family BFT blocks.
 * </ul>
 */
final class GenesisJson {
  /** The fixed mix hash of IBFT 2.0 and QBFT blocks: ASCII "ctical byzantine fault tolerance". */
  static final String QBFT_MIX_HASH =
      "0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365";

  /** Besu's names (JsonGenesisConfigOptions) of the block-numbered milestones, in order. */
  private static final List<String> BLOCK_MILESTONES =
      List.of(
          "homesteadBlock",
          "eip150Block",
          "eip158Block",
          "byzantiumBlock",
          "constantinopleBlock",
          "petersburgBlock",
          "istanbulBlock",
          "muirGlacierBlock",
          "berlinBlock",
          "londonBlock",
          "arrowGlacierBlock",
          "grayGlacierBlock");

  /** The timestamp-activated milestones, up to and including Cancun. */
  private static final List<String> TIME_MILESTONES = List.of("shanghaiTime", "cancunTime");

  private GenesisJson() {}

  static String render(Chain chain, QbftExtraData extraData) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    out.append("  \"config\": {\n");
    out.append("    \"chainId\": ").append(chain.chainId()).append(",\n");
    for (String milestone : BLOCK_MILESTONES) {
      out.append("    \"").append(milestone).append("\": 0,\n");
    }
    for (String milestone : TIME_MILESTONES) {
      out.append("    \"").append(milestone).append("\": 0,\n");
    }
    out.append("    \"zeroBaseFee\": true,\n");
    out.append("    \"qbft\": {\n");
    out.append("      \"blockperiodseconds\": ").append(chain.blockPeriodSeconds()).append(",\n");
    out.append("      \"epochlength\": ").append(chain.epochLength()).append(",\n");
    out.append("      \"requesttimeoutseconds\": ")
        .append(chain.requestTimeoutSeconds())
        .append("\n");
    out.append("    }\n");
    out.append("  },\n");
    out.append("  \"nonce\": \"0x0\",\n");
    out.append("  \"timestamp\": \"0x0\",\n");
    out.append("  \"gasLimit\": \"").append(hex(chain.gasLimit())).append("\",\n");
    out.append("  \"difficulty\": \"0x1\",\n");
    out.append("  \"mixHash\": \"").append(QBFT_MIX_HASH).append("\",\n");
    out.append("  \"coinbase\": \"0x0000000000000000000000000000000000000000\",\n");
    out.append("  \"baseFeePerGas\": \"0x0\",\n");
    out.append("  \"extraData\": \"").append(extraData.toHex()).append("\",\n");
    out.append("  \"alloc\": ").append(alloc(chain.alloc())).append("\n");
    out.append("}\n");
    return out.toString();
  }

  private static String alloc(Map<String, BigInteger> alloc) {
    if (alloc.isEmpty()) {
      return "{}";
    }
    StringBuilder out = new StringBuilder("{\n");
    int i = 0;
    for (Map.Entry<String, BigInteger> e : alloc.entrySet()) {
      // Besu's documentation writes alloc addresses without 0x; both forms are accepted.
      out.append("    \"").append(e.getKey().substring(2)).append("\": {\n");
      out.append("      \"balance\": \"0x").append(e.getValue().toString(16)).append("\"\n");
      out.append("    }").append(++i < alloc.size() ? ",\n" : "\n");
    }
    return out.append("  }").toString();
  }

  private static String hex(long value) {
    return "0x" + Long.toHexString(value);
  }
}
