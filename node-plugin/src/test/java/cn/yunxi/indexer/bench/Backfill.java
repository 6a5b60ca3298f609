package cn.yunxi.indexer.bench;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.indexer.follow.ChainSync;
import cn.yunxi.indexer.follow.RpcChainReader;
import cn.yunxi.indexer.follow.SyncStatus;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.internal.events.Web3jLogs;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/**
 * {@code backfill_events_per_s}: the follower ({@link RpcChainReader} + {@link ChainSync}) from
 * block 0 to the head into a fresh {@link RocksIndex}, versus a naive indexer on the same node into
 * another fresh RocksIndex: per block, one at a time, {@code eth_getBlockByNumber} then {@code
 * eth_getLogs} for that block (web3j, the usual Java client), decode, apply — over a sample of the
 * chain, its rate extrapolated.
 */
final class Backfill {
  private Backfill() {}

  /** Yunxi's rate, events/s; leaves {@code index} caught up with the head. */
  static double follower(BenchChain chain, RocksIndex index, long head) throws Exception {
    RpcChainReader reader = RpcChainReader.builder(chain.http(), chain.addresses).build();
    try (ChainSync sync = ChainSync.builder(reader, index).build()) {
      long started = System.nanoTime();
      sync.start();
      if (!sync.awaitCaughtUp(head, Duration.ofMinutes(5))) {
        throw new IllegalStateException("the follower did not catch up: " + sync.status());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      SyncStatus s = sync.status();
      System.err.printf(
          "  follower: %,d blocks, %,d events in %.2f s (%,.0f blocks/s)%n",
          s.blocksApplied(), s.eventsApplied(), seconds, s.blocksApplied() / seconds);
      return s.eventsApplied() / seconds;
    }
  }

  /** The naive indexer's rate over blocks 0..{@code last}, events/s. */
  static double naive(BenchChain chain, Path dir, long last) throws Exception {
    Web3j web3j = chain.chain.web3j;
    EventDecoder decoder = EventDecoder.of(chain.addresses);
    List<String> contracts = chain.addresses.all().stream().map(Address::toHex).toList();
    long events = 0;
    try (RocksIndex index = RocksIndex.open(dir, ref -> Optional.empty())) {
      long started = System.nanoTime();
      for (long n = 0; n <= last; n++) {
        DefaultBlockParameter at = DefaultBlockParameter.valueOf(BigInteger.valueOf(n));
        EthBlock.Block header = web3j.ethGetBlockByNumber(at, false).send().getBlock();
        EthLog answer = web3j.ethGetLogs(new EthFilter(at, at, contracts)).send();
        if (answer.hasError()) {
          throw new IllegalStateException("eth_getLogs: " + answer.getError().getMessage());
        }
        List<RawLog> logs = new ArrayList<>();
        for (EthLog.LogResult<?> r : answer.getLogs()) {
          logs.add(Web3jLogs.toRawLog((Log) r.get()));
        }
        logs.sort(Comparator.comparingInt(RawLog::logIndex));
        List<ChainEvent> decoded = new ArrayList<>(logs.size());
        for (RawLog log : logs) {
          decoder.decode(log).ifPresent(e -> decoded.add(new ChainEvent(log, e)));
        }
        index.apply(
            new ChainBlock(
                n,
                Bytes32.fromHex(header.getHash()),
                Bytes32.fromHex(header.getParentHash()),
                Instant.ofEpochSecond(header.getTimestamp().longValueExact()),
                decoded));
        events += decoded.size();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.err.printf(
          "  naive: %,d blocks, %,d events in %.2f s (%,.0f blocks/s)%n",
          last + 1, events, seconds, (last + 1) / seconds);
      return events / seconds;
    }
  }
}
