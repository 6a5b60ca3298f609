package cn.yunxi.sdk.bench;

/**
 * {@code bench/run sdk}: prints one line per figure (see {@link Figure}) and exits 0. Figures are
 * measured side by side on fresh Anvil nodes in this one run; progress goes to stderr.
 */
public final class SdkBenchmark {
  private SdkBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.err.println("deposit_tps: 2000 pipelined SDK deposits vs 100 plain web3j send()s …");
    System.out.println(DepositThroughput.measure(2000, 100).line());
    System.err.println("anchor_items_per_s: 100,000 1 KiB items anchored vs 1,000 SDK deposits …");
    System.out.println(AnchorThroughput.measure(100_000, 1_000).line());
    System.exit(0); // web3j leaves non-daemon threads behind
  }
}
