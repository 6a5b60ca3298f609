package cn.yunxi.indexer.bench;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.events.YunxiContract;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.web3j.utils.Numeric;

/**
 * The answers assembled straight from the node, without an index: topic-filtered {@code
 * eth_getLogs} over the whole chain, then the SDK's decoder. A case id is topic 1 of the case
 * events but topic 2 of the evidence, custody, request and letter events, and one filter cannot
 * match a topic at two positions: so the timeline is one HTTP request holding a JSON-RPC batch of
 * two {@code eth_getLogs}. Block times are not fetched (they would take one {@code
 * eth_getBlockByNumber} per block), which favours this baseline.
 */
final class LogsBaseline {
  private final Rpc rpc;
  private final EventDecoder decoder;
  private final String addresses;
  private final Bytes32 deposited;

  LogsBaseline(Rpc rpc, ContractAddresses contracts) {
    this.rpc = rpc;
    this.decoder = EventDecoder.of(contracts);
    this.addresses =
        contracts.all().stream()
            .map(Address::toHex)
            .map(a -> "\"" + a + "\"")
            .collect(Collectors.joining(",", "[", "]"));
    this.deposited = AbiLogs.kind(YunxiContract.EVIDENCE, "EvidenceDeposited").abi().topic0();
  }

  /** Everything that happened to a case, in chain order. */
  List<YunxiEvent> caseTimeline(Bytes32 caseId) {
    String id = "\"" + caseId.toHex() + "\"";
    JsonNode answers =
        rpc.post(
            "["
                + getLogs(1, "[null," + id + "]")
                + ","
                + getLogs(2, "[null,null," + id + "]")
                + "]");
    List<YunxiEvent> events = new ArrayList<>();
    for (JsonNode answer : answers) {
      decodeInto(answer, events);
    }
    events.sort(
        Comparator.comparingLong((YunxiEvent e) -> e.meta().blockNumber())
            .thenComparingInt(e -> e.meta().logIndex()));
    return events;
  }

  /** The deposits of items with this SHA-256 (topic 3 of EvidenceDeposited), in chain order. */
  List<YunxiEvent> evidenceBySha256(Bytes32 sha256) {
    String topics = "[\"" + deposited.toHex() + "\",null,null,\"" + sha256.toHex() + "\"]";
    List<YunxiEvent> events = new ArrayList<>();
    decodeInto(rpc.post(getLogs(1, topics)), events);
    return events;
  }

  private String getLogs(int id, String topics) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\"eth_getLogs\",\"params\":[{\"fromBlock\":\"0x0\",\"toBlock\":\"latest\","
        + "\"address\":"
        + addresses
        + ",\"topics\":"
        + topics
        + "}]}";
  }

  private void decodeInto(JsonNode answer, List<YunxiEvent> out) {
    if (answer.has("error")) {
      throw new IllegalStateException("eth_getLogs failed: " + answer.get("error"));
    }
    for (JsonNode l : answer.get("result")) {
      decoder.decode(rawLog(l)).ifPresent(out::add);
    }
  }

  static RawLog rawLog(JsonNode l) {
    List<Bytes32> topics = new ArrayList<>(4);
    for (JsonNode t : l.get("topics")) {
      topics.add(Bytes32.fromHex(t.asText()));
    }
    return new RawLog(
        Address.fromHex(l.get("address").asText()),
        topics,
        Numeric.hexStringToByteArray(l.get("data").asText()),
        Long.decode(l.get("blockNumber").asText()),
        Bytes32.fromHex(l.get("blockHash").asText()),
        Bytes32.fromHex(l.get("transactionHash").asText()),
        Integer.decode(l.get("transactionIndex").asText()),
        Integer.decode(l.get("logIndex").asText()),
        l.path("removed").asBoolean(false));
  }
}
