package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.internal.events.Web3jLogs;
import cn.yunxi.sdk.internal.proof.JsonRpc;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;

/**
 * A dev consortium on Anvil plus what the follower tests check it with: web3j (not the code under
 * test) for canonical hashes and {@code eth_getLogs}, the SDK client to make events.
 */
public final class TestChain implements AutoCloseable {
  public final DevConsortium chain;
  public final ContractAddresses addresses;
  private final JsonRpc rpc;

  private TestChain(DevConsortium chain) {
    this.chain = chain;
    this.addresses = ClientFixture.addresses(chain);
    this.rpc = JsonRpc.http(chain.anvil.rpcUrl());
  }

  public static TestChain start() throws Exception {
    return new TestChain(DevConsortium.start());
  }

  static TestChain start(AnvilNode node) throws Exception {
    return new TestChain(DevConsortium.start(node));
  }

  public URI http() {
    return URI.create(chain.anvil.rpcUrl());
  }

  URI ws() {
    return HeadWatcher.webSocketOf(http());
  }

  RpcChainReader reader() {
    return RpcChainReader.builder(http(), addresses).build();
  }

  /** A new client for the officer: its nonces are read from the chain afresh. */
  YunxiClient officer() {
    return ClientFixture.clientFor(chain, chain.officer);
  }

  /** Opens a case and deposits {@code n} items in it, pipelined; returns when all are mined. */
  List<Deposit> deposits(String name, int n) {
    try (YunxiClient officer = officer()) {
      Bytes32 caseId = CaseOperations.caseIdOf(name);
      officer.cases().open(caseId, 101, false);
      List<CompletableFuture<Deposit>> pending = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        pending.add(officer.evidence().depositAsync(ClientFixture.item(caseId, name + "-" + i)));
      }
      return pending.stream().map(CompletableFuture::join).toList();
    }
  }

  public JsonNode call(String method, Object... params) {
    return rpc.call(method, params);
  }

  public long head() {
    return Long.decode(call("eth_blockNumber").asText());
  }

  /** The canonical hash of block {@code number}, null if the chain is shorter. */
  public Bytes32 canonicalHash(long number) {
    JsonNode block = call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
    return block.isNull() ? null : Bytes32.fromHex(block.get("hash").asText());
  }

  /** One {@code eth_getLogs} over 0..{@code to}, through web3j, with the indexer's filter. */
  List<RawLog> logs(long to) throws IOException {
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameter.valueOf(BigInteger.ZERO),
            DefaultBlockParameter.valueOf(BigInteger.valueOf(to)),
            addresses.all().stream().map(Address::toHex).toList());
    filter.addOptionalTopics(
        EventDecoder.of(addresses).topic0s().stream().map(Bytes32::toHex).toArray(String[]::new));
    List<RawLog> logs = new ArrayList<>();
    for (EthLog.LogResult<?> r : chain.web3j.ethGetLogs(filter).send().getLogs()) {
      logs.add(Web3jLogs.toRawLog((org.web3j.protocol.core.methods.response.Log) r.get()));
    }
    return logs;
  }

  /** The sink holds blocks 0..n of the canonical chain, linked by parent hash, nothing else. */
  void assertCanonical(MemorySink sink) {
    List<ChainBlock> blocks = sink.blocks();
    assertThat(blocks).isNotEmpty();
    Bytes32 parent = Bytes32.ZERO;
    for (int i = 0; i < blocks.size(); i++) {
      ChainBlock b = blocks.get(i);
      assertThat(b.number()).as("block number").isEqualTo(i);
      assertThat(b.parentHash()).as("parent of %s", i).isEqualTo(parent);
      assertThat(b.hash()).as("hash of %s", i).isEqualTo(canonicalHash(i));
      parent = b.hash();
    }
  }

  /** The sink's events are exactly what one eth_getLogs over its blocks returns. */
  void assertEventsMatchLogs(MemorySink sink) throws IOException {
    List<RawLog> applied = sink.events().stream().map(ChainEvent::log).toList();
    assertThat(applied).isEqualTo(logs(sink.checkpoint().number()));
  }

  /** Waits until the sink's newest block is canonical and at least {@code block}. */
  void awaitSynced(MemorySink sink, long block, java.time.Duration timeout) {
    Await.until(
        "the index to reach canonical block " + block,
        timeout,
        () -> {
          var cp = sink.checkpoint();
          return cp.number() >= block && cp.hash().equals(canonicalHash(cp.number()));
          // (a checkpoint past the head has no canonical hash: not synced)
        });
  }

  @Override
  public void close() {
    rpc.close();
    chain.close();
  }
}
