package cn.yunxi.sdk.internal.client;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.EventOperations;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.internal.events.Web3jLogs;
import cn.yunxi.sdk.internal.tx.Rpc;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.tx.TransactionException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/** Events from {@code eth_getLogs} over the five contracts, decoded by the public decoder. */
final class LogEventOperations implements EventOperations {
  private static final long MAX_RANGE = 5_000; // Besu's default cap on eth_getLogs ranges

  private final Web3j web3j;
  private final Rpc rpc;
  private final EventDecoder decoder;
  private final List<String> addresses;
  private final Duration interval;

  LogEventOperations(Web3j web3j, Rpc rpc, ContractAddresses contracts, Duration interval) {
    this.web3j = web3j;
    this.rpc = rpc;
    this.decoder = EventDecoder.of(contracts);
    this.addresses = contracts.all().stream().map(Address::toHex).toList();
    this.interval = interval;
  }

  @Override
  public List<YunxiEvent> query(long fromBlock, long toBlock) {
    if (fromBlock < 0 || toBlock < fromBlock) {
      throw new IllegalArgumentException("need 0 <= fromBlock <= toBlock");
    }
    List<YunxiEvent> events = new ArrayList<>();
    for (long from = fromBlock; from <= toBlock; from += MAX_RANGE) {
      events.addAll(range(from, Math.min(toBlock, from + MAX_RANGE - 1)));
    }
    return events;
  }

  private List<YunxiEvent> range(long from, long to) {
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
            DefaultBlockParameter.valueOf(BigInteger.valueOf(to)),
            addresses);
    EthLog answer = rpc.send(web3j.ethGetLogs(filter));
    if (answer.hasError()) {
      throw new TransactionException(
          "eth_getLogs " + from + ".." + to + " failed: " + answer.getError().getMessage(),
          null,
          null);
    }
    List<YunxiEvent> events = new ArrayList<>();
    for (EthLog.LogResult<?> result : answer.getLogs()) {
      decoder.decode(Web3jLogs.toRawLog((Log) result.get())).ifPresent(events::add);
    }
    return events; // nodes return logs in chain order
  }

  @Override
  public Subscription subscribe(long fromBlock, Consumer<YunxiEvent> listener) {
    return new PollingSubscription(fromBlock, listener);
  }

  private final class PollingSubscription implements Subscription {
    private final Consumer<YunxiEvent> listener;
    private final ScheduledExecutorService ticker;
    private volatile long next;

    PollingSubscription(long fromBlock, Consumer<YunxiEvent> listener) {
      if (fromBlock < 0) {
        throw new IllegalArgumentException("fromBlock < 0");
      }
      this.next = fromBlock;
      this.listener = listener;
      this.ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "yunxi-events");
                t.setDaemon(true);
                return t;
              });
      ticker.scheduleWithFixedDelay(this::poll, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void poll() {
      try {
        long head = web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
        while (next <= head) {
          long to = Math.min(head, next + MAX_RANGE - 1);
          range(next, to).forEach(listener);
          next = to + 1; // only after every event of the range was delivered
        }
      } catch (Exception e) {
        // Node away or listener failed: the same range is delivered again on the next tick.
      }
    }

    @Override
    public long nextBlock() {
      return next;
    }

    @Override
    public void close() {
      ticker.shutdownNow();
    }
  }
}
