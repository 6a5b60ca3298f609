package cn.yunxi.sdk.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.LetterRegistry;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.internal.events.Web3jLogs;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Every event of the five contracts, produced by real transactions on Anvil ({@link
 * EventScenario}), fetched with {@code eth_getLogs} from block 0 and decoded: every event type
 * appears, and each decoded event equals the one built from the values the transaction sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllEventsIT {
  private DevConsortium chain;
  private EventScenario scenario;
  private EventDecoder decoder;
  private List<RawLog> logs;
  private List<YunxiEvent> events;
  private final Map<Bytes32, EthBlock.Block> blocks = new HashMap<>();

  @BeforeAll
  void produceEveryEventAndFetchTheLogs() throws Exception {
    chain = DevConsortium.start();
    scenario = new EventScenario(chain);
    scenario.run();
    decoder =
        EventDecoder.of(
            ContractAddresses.fromHex(
                chain.consortium().getContractAddress(),
                chain.cases().getContractAddress(),
                chain.evidence().getContractAddress(),
                chain.letters().getContractAddress(),
                chain.requests().getContractAddress()));
    logs = fetchLogs(false);
    events = logs.stream().map(decoder::decode).flatMap(Optional::stream).toList();
  }

  @AfterAll
  void stopChain() {
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void everyEventTypeOfTheFiveContractsAppears() {
    Set<Class<?>> seen = events.stream().map(Object::getClass).collect(Collectors.toSet());
    List<String> missing =
        decoder.eventTypes().stream()
            .filter(type -> !seen.contains(type.recordType()))
            .map(EventType::name)
            .toList();
    assertThat(missing).as("event types no transaction produced").isEmpty();
    assertThat(decoder.eventTypes()).hasSize(37);
  }

  @Test
  void everyLogOfTheFiveContractsDecodes() {
    assertThat(logs).isNotEmpty();
    assertThat(events).hasSameSizeAs(logs);
  }

  @Test
  void eachEventCarriesTheValuesItsTransactionSent() {
    assertThat(scenario.expected.stream().map(EventScenario.Expected::type).distinct())
        .as("every event type is checked value by value")
        .containsExactlyInAnyOrderElementsOf(
            decoder.eventTypes().stream().map(EventType::recordType).toList());
    // One expectation per log, each matching a different event: every log is accounted for.
    assertThat(scenario.expected).hasSameSizeAs(events);
    Set<YunxiEvent> matched =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (EventScenario.Expected expected : scenario.expected) {
      List<YunxiEvent> matches =
          events.stream()
              .filter(e -> e.getClass() == expected.type() && expected.selects().test(e))
              .toList();
      assertThat(matches).as(expected.what()).hasSize(1);
      YunxiEvent actual = matches.get(0);
      assertThat(matched.add(actual))
          .as(expected.what() + " matches no other expectation")
          .isTrue();
      assertThat(actual)
          .as(expected.what())
          .isEqualTo(expected.build().apply(actual.meta(), blockTime(actual.meta())));
    }
  }

  @Test
  void positionsAndTimesAreThoseOfTheBlocksTheLogsAreIn() {
    for (YunxiEvent e : events) {
      EthBlock.Block block = block(e.meta().blockHash());
      assertThat(e.meta().blockNumber()).isEqualTo(block.getNumber().longValueExact());
      assertThat(block.getTransactions())
          .as("the block holds the event's transaction")
          .anyMatch(tx -> tx.get().equals(e.meta().transactionHash().toHex()));
      assertThat(e.meta().emitter()).isEqualTo(e.contract().addressIn(decoder.contracts()));
      assertThat(e.meta().removed()).isFalse();
      e.time().ifPresent(t -> assertThat(t).as(e.name()).isEqualTo(blockTime(e.meta())));
    }
    List<String> withoutTime =
        events.stream().filter(e -> e.time().isEmpty()).map(YunxiEvent::name).distinct().toList();
    assertThat(withoutTime)
        .containsExactlyInAnyOrder(
            "ProposalCreated", "ProposalApproved", "ProposalExecuted", "RequestRegistryLinked");
  }

  @Test
  void decodedRecordsMatchTheCommitmentsAndIdsTheChainComputes() throws Exception {
    for (YunxiEvent e : events) {
      if (e instanceof EvidenceDeposited d) {
        assertThat(d.record().evidenceId()).isEqualTo(d.evidenceId());
        assertThat(
                Bytes32.of(chain.evidence().recordCommitment(d.evidenceId().toByteArray()).send()))
            .as("the record rebuilt from the event is the one the contract committed")
            .isEqualTo(d.record().commitment());
      } else if (e instanceof LetterIssued l) {
        assertThat(Bytes32.of(chain.letters().idOf(letterOf(l)).send()))
            .as("the letter rebuilt from the event has the event's id")
            .isEqualTo(l.letterId());
      }
    }
    assertThat(events).filteredOn(EvidenceDeposited.class::isInstance).hasSize(2);
    assertThat(events).filteredOn(LetterIssued.class::isInstance).hasSize(2);
  }

  @Test
  void theDecodersTopicFilterFetchesExactlyTheSameLogs() throws IOException {
    assertThat(fetchLogs(true)).isEqualTo(logs);
  }

  private List<RawLog> fetchLogs(boolean filterTopics) throws IOException {
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameter.valueOf(BigInteger.ZERO),
            DefaultBlockParameterName.LATEST,
            decoder.contracts().all().stream().map(a -> a.toHex()).toList());
    if (filterTopics) {
      filter.addOptionalTopics(
          decoder.topic0s().stream().map(Bytes32::toHex).toArray(String[]::new));
    }
    EthLog response = chain.web3j.ethGetLogs(filter).send();
    assertThat(response.hasError()).as("eth_getLogs error").isFalse();
    return response.getLogs().stream().map(r -> Web3jLogs.toRawLog((Log) r.get())).toList();
  }

  private Instant blockTime(EventMeta meta) {
    return Instant.ofEpochSecond(block(meta.blockHash()).getTimestamp().longValueExact());
  }

  private EthBlock.Block block(Bytes32 hash) {
    return blocks.computeIfAbsent(
        hash,
        h -> {
          try {
            return chain.web3j.ethGetBlockByHash(h.toHex(), false).send().getBlock();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static LetterRegistry.Letter letterOf(LetterIssued l) {
    return new LetterRegistry.Letter(
        l.issuerDepartment().toByteArray(),
        l.issuer().toHex(),
        l.holder().toHex(),
        l.targetDepartment().toByteArray(),
        l.caseId().toByteArray(),
        l.requestId().toByteArray(),
        l.categories(),
        l.purposeHash().toByteArray(),
        BigInteger.valueOf(l.validFrom().getEpochSecond()),
        BigInteger.valueOf(l.validUntil().getEpochSecond()),
        l.nonce());
  }
}
