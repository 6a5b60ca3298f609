package cn.yunxi.sdk.tx;

import java.math.BigInteger;
import java.util.Objects;

/**
 * How transactions pay for gas. {@link #free()} suits a Besu consortium with {@code
 * min-gas-price=0} and {@code zeroBaseFee} (and the Anvil dev chain configured alike); {@link
 * #eip1559} a chain with fees. The gas limit is the node's estimate with a safety margin.
 */
public sealed interface GasPolicy {
  /** Legacy transactions with a gas price of zero. */
  static GasPolicy free() {
    return new Free();
  }

  /** EIP-1559 (type 2) transactions with these fee caps, in wei. */
  static GasPolicy eip1559(BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas) {
    return new Eip1559(maxPriorityFeePerGas, maxFeePerGas);
  }

  /** Legacy transactions, gas price zero. */
  record Free() implements GasPolicy {}

  /** EIP-1559 fee caps in wei. */
  record Eip1559(BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas) implements GasPolicy {
    public Eip1559 {
      Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
      Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
      if (maxPriorityFeePerGas.signum() < 0 || maxFeePerGas.compareTo(maxPriorityFeePerGas) < 0) {
        throw new IllegalArgumentException("need 0 <= maxPriorityFeePerGas <= maxFeePerGas");
      }
    }
  }
}
