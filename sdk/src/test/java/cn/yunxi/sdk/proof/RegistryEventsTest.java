package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.internal.proof.RegistryEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;

/**
 * The verifier re-encodes the registry's events word by word; this pins that layout to the
 * generated wrapper's event definitions, so a change of the contract's events fails here first.
 */
class RegistryEventsTest {
  private static List<String> types(List<? extends TypeReference<?>> params) {
    return params.stream()
        .map(t -> t.getType().getTypeName())
        .map(n -> n.substring(n.lastIndexOf('.') + 1))
        .toList();
  }

  @Test
  void evidenceDepositedHasTheLayoutTheVerifierEncodes() {
    Event e = RegistryEvents.DEPOSITED;
    assertThat(e.getName()).isEqualTo("EvidenceDeposited");
    assertThat(types(e.getIndexedParameters())).containsExactly("Bytes32", "Bytes32", "Bytes32");
    assertThat(types(e.getNonIndexedParameters()))
        .containsExactly("Bytes32", "Uint8", "Bytes32", "Bytes32", "Address", "Uint64", "Bytes32");
  }

  @Test
  void batchAnchoredHasTheLayoutTheVerifierEncodes() {
    Event e = RegistryEvents.ANCHORED;
    assertThat(e.getName()).isEqualTo("BatchAnchored");
    assertThat(types(e.getIndexedParameters())).containsExactly("Bytes32", "Bytes32", "Address");
    assertThat(types(e.getNonIndexedParameters()))
        .containsExactly("Uint32", "Bytes32", "Bytes32", "Uint64");
  }
}
