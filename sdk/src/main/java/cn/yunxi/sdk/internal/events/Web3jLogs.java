package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

/** Converts web3j's {@link Log} into the SDK's {@link RawLog}, the only place the two meet. */
public final class Web3jLogs {
  private Web3jLogs() {}

  /**
   * The log as a {@link RawLog}.
   *
   * @throws IllegalArgumentException for a pending log (no block, transaction or position yet):
   *     events are decoded from mined logs only
   */
  public static RawLog toRawLog(Log log) {
    Objects.requireNonNull(log, "log");
    if (log.getBlockHash() == null
        || log.getBlockNumberRaw() == null
        || log.getTransactionHash() == null
        || log.getTransactionIndexRaw() == null
        || log.getLogIndexRaw() == null) {
      throw new IllegalArgumentException("pending log (not in a block yet): " + log);
    }
    List<String> topics = log.getTopics() == null ? List.of() : log.getTopics();
    return new RawLog(
        Address.fromHex(log.getAddress()),
        topics.stream().map(Bytes32::fromHex).toList(),
        log.getData() == null ? new byte[0] : Numeric.hexStringToByteArray(log.getData()),
        log.getBlockNumber().longValueExact(),
        Bytes32.fromHex(log.getBlockHash()),
        Bytes32.fromHex(log.getTransactionHash()),
        intExact(log.getTransactionIndex(), "transactionIndex"),
        intExact(log.getLogIndex(), "logIndex"),
        log.isRemoved());
  }

  private static int intExact(BigInteger value, String name) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(name + " out of range: " + value, e);
    }
  }
}
