package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.indexer.chain.ChainReader;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.internal.events.Web3jLogs;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/**
 * A test-only {@link ChainReader} over JSON-RPC: headers with {@code eth_getBlockByNumber}, the
 * Yunxi logs of a range with one {@code eth_getLogs}, decoded with the SDK's decoder.
 */
public final class Web3jChainReader implements ChainReader {
  private final Web3j web3j;
  private final EventDecoder decoder;

  public Web3jChainReader(Web3j web3j, EventDecoder decoder) {
    this.web3j = web3j;
    this.decoder = decoder;
  }

  @Override
  public long headNumber() throws IOException {
    return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
  }

  @Override
  public Optional<Bytes32> hashAt(long number) throws IOException {
    EthBlock.Block block = header(number);
    return block == null ? Optional.empty() : Optional.of(Bytes32.fromHex(block.getHash()));
  }

  @Override
  public List<ChainBlock> blocks(long from, long to) throws IOException {
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
            DefaultBlockParameter.valueOf(BigInteger.valueOf(to)),
            decoder.contracts().all().stream().map(Address::toHex).toList());
    EthLog response = web3j.ethGetLogs(filter).send();
    if (response.hasError()) {
      throw new IOException("eth_getLogs: " + response.getError().getMessage());
    }
    Map<Long, List<RawLog>> byBlock = new HashMap<>();
    for (EthLog.LogResult<?> result : response.getLogs()) {
      RawLog log = Web3jLogs.toRawLog((Log) result.get());
      byBlock.computeIfAbsent(log.blockNumber(), n -> new ArrayList<>()).add(log);
    }
    List<ChainBlock> blocks = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      EthBlock.Block header = header(n);
      if (header == null) {
        throw new IOException("no block " + n);
      }
      List<ChainEvent> events = new ArrayList<>();
      List<RawLog> logs = new ArrayList<>(byBlock.getOrDefault(n, List.of()));
      logs.sort(Comparator.comparingInt(RawLog::logIndex));
      for (RawLog log : logs) {
        decoder.decode(log).ifPresent(e -> events.add(new ChainEvent(log, e)));
      }
      blocks.add(
          new ChainBlock(
              n,
              Bytes32.fromHex(header.getHash()),
              Bytes32.fromHex(header.getParentHash()),
              Instant.ofEpochSecond(header.getTimestamp().longValueExact()),
              events));
    }
    return blocks;
  }

  private EthBlock.Block header(long number) throws IOException {
    return web3j
        .ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), false)
        .send()
        .getBlock();
  }
}
