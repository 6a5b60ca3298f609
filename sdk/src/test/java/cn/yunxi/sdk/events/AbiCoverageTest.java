package cn.yunxi.sdk.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.sdk.internal.events.EventFactories;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.datatypes.Event;
import org.web3j.crypto.Hash;

/**
 * The decoder knows exactly the events the contracts declare: read independently from the ABI files
 * and from the generated wrappers' {@code Event} constants. A contract that gains, loses or changes
 * an event fails this test until the decoder follows.
 */
class AbiCoverageTest {
  private final EventDecoder decoder = EventDecoder.of(SyntheticLogs.CONTRACTS);

  @Test
  void decodesEveryEventTheAbiFilesDeclareAndNoOther() throws IOException {
    for (YunxiContract contract : YunxiContract.values()) {
      List<String> fromAbi = new ArrayList<>();
      for (JsonNode entry : abi(contract)) {
        if (entry.path("type").asText().equals("event")
            && !EventFactories.NEVER_EMITTED.contains(entry.path("name").asText())) {
          List<String> types = new ArrayList<>();
          entry.path("inputs").forEach(i -> types.add(i.path("type").asText()));
          fromAbi.add(entry.path("name").asText() + "(" + String.join(",", types) + ")");
        }
      }
      List<String> decoded =
          decoder.eventTypes(contract).stream().map(EventType::signature).toList();
      assertThat(decoded).as(contract + " events").containsExactlyInAnyOrderElementsOf(fromAbi);
      for (EventType type : decoder.eventTypes(contract)) {
        assertThat(type.topic0())
            .as(type.signature())
            .isEqualTo(Bytes32.fromHex(Hash.sha3String(type.signature())));
      }
    }
  }

  @Test
  void decodesEveryEventOfTheGeneratedWrappers() throws Exception {
    for (YunxiContract contract : YunxiContract.values()) {
      Class<?> wrapper = Class.forName("cn.yunxi.contracts.generated." + contract.contractName());
      Set<Bytes32> fromWrapper = new HashSet<>();
      for (Field f : wrapper.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Event.class) {
          Event event = (Event) f.get(null);
          if (!EventFactories.NEVER_EMITTED.contains(event.getName())) {
            fromWrapper.add(Bytes32.fromHex(EventEncoder.encode(event)));
          }
        }
      }
      assertThat(decoder.topic0s(contract))
          .as(contract + " topics")
          .containsExactlyInAnyOrderElementsOf(fromWrapper);
    }
    assertThat(decoder.topic0s()).hasSize(37).doesNotHaveDuplicates();
  }

  @Test
  void theEventsLeftOutAreNeverEmittedByTheContracts() throws IOException {
    assertThat(EventFactories.NEVER_EMITTED).containsExactly("EIP712DomainChanged");
    Path sources = AnvilNode.repositoryRoot().resolve("contracts/src/main/solidity");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path sol : files.filter(p -> p.toString().endsWith(".sol")).toList()) {
        assertThat(Files.readString(sol)).as(sol.toString()).doesNotContain("EIP712DomainChanged");
      }
    }
  }

  @Test
  void eachContractsRecordsAreExactlyItsSealedInterfacesPermittedRecords() {
    for (YunxiContract contract : YunxiContract.values()) {
      Class<?> family =
          switch (contract) {
            case CONSORTIUM -> ConsortiumEvent.class;
            case CASES -> CaseEvent.class;
            case EVIDENCE -> EvidenceEvent.class;
            case LETTERS -> LetterEvent.class;
            case REQUESTS -> RequestEvent.class;
          };
      assertThat(Arrays.asList(family.getPermittedSubclasses()))
          .as(family.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(
              decoder.eventTypes(contract).stream().map(EventType::recordType).toList());
      for (EventType type : decoder.eventTypes(contract)) {
        assertThat(type.recordType().getSimpleName()).isEqualTo(type.name());
      }
    }
    assertThat(YunxiEvent.class.getPermittedSubclasses()).hasSize(5);
  }

  private static JsonNode abi(YunxiContract contract) throws IOException {
    String resource = "/yunxi/contracts/" + contract.contractName() + ".abi";
    try (InputStream in = AbiCoverageTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }
}
