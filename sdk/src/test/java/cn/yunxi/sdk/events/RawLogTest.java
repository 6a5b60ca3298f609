package cn.yunxi.sdk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.internal.events.Web3jLogs;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;

/** The log and address values: immutable, compared by content, converted from web3j. */
class RawLogTest {
  private static final String EMITTER = "0x3000000000000000000000000000000000000003";
  private static final String TOPIC = "0x" + "ab".repeat(32);
  private static final String BLOCK = "0x" + "b1".repeat(32);
  private static final String TX = "0x" + "7e".repeat(32);

  @Test
  void copiesItsDataInAndOut() {
    byte[] data = {1, 2, 3};
    RawLog log = SyntheticLogs.rawLog(Address.fromHex(EMITTER), List.of(), data, false);
    data[0] = 9;
    log.data()[1] = 9;

    assertThat(log.data()).containsExactly(1, 2, 3);
    assertThat(log)
        .isEqualTo(
            SyntheticLogs.rawLog(Address.fromHex(EMITTER), List.of(), new byte[] {1, 2, 3}, false));
    assertThat(log.hashCode())
        .isEqualTo(
            SyntheticLogs.rawLog(Address.fromHex(EMITTER), List.of(), new byte[] {1, 2, 3}, false)
                .hashCode());
    assertThat(log.toString()).contains("data=0x010203");
  }

  @Test
  void convertsAWeb3jLogWithItsPositionAndRemovedFlag() {
    Log web3j =
        new Log(true, "0xa", "0x2", TX, BLOCK, "0x12b7", EMITTER, "0x0102", null, List.of(TOPIC));

    RawLog log = Web3jLogs.toRawLog(web3j);

    assertThat(log.emitter()).isEqualTo(Address.fromHex(EMITTER));
    assertThat(log.topics()).containsExactly(Bytes32.fromHex(TOPIC));
    assertThat(log.data()).containsExactly(1, 2);
    assertThat(log.meta())
        .isEqualTo(
            new EventMeta(
                Address.fromHex(EMITTER),
                4_791,
                Bytes32.fromHex(BLOCK),
                Bytes32.fromHex(TX),
                2,
                10,
                true));
  }

  @Test
  void refusesAPendingLogThatHasNoBlockYet() {
    Log pending = new Log(false, null, null, null, null, null, EMITTER, "0x", null, List.of(TOPIC));

    assertThatThrownBy(() -> Web3jLogs.toRawLog(pending))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pending log");
  }

  @Test
  void refusesMoreThanFourTopics() {
    Bytes32 t = Bytes32.fromHex(TOPIC);
    assertThatThrownBy(
            () ->
                SyntheticLogs.rawLog(
                    Address.fromHex(EMITTER), List.of(t, t, t, t, t), new byte[0], false))
        .hasMessage("more than 4 topics: 5");
  }

  @Test
  void contractAddressesAreDistinctAndNonZero() {
    String a = "0x1000000000000000000000000000000000000001";
    String b = "0x2000000000000000000000000000000000000002";
    String c = "0x3000000000000000000000000000000000000003";
    String d = "0x4000000000000000000000000000000000000004";

    assertThat(ContractAddresses.fromHex(a, b, c, d, EMITTER.replace('3', '5')).all()).hasSize(5);
    assertThatThrownBy(() -> ContractAddresses.fromHex(a, b, c, d, a))
        .hasMessageContaining("not distinct");
    assertThatThrownBy(() -> ContractAddresses.fromHex(a, b, c, d, Address.ZERO.toHex()))
        .hasMessageContaining("zero");
  }
}
