package cn.yunxi.sdk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexJsonTest {
  private static final Bytes32 HASH = Bytes32.fromHex("0x" + "0a".repeat(16) + "f0".repeat(16));
  private static final Address WHO = Address.fromHex("0x" + "00ff".repeat(10));

  @Test
  void writesTheSameTextThroughTheByteAndTheCharacterWriters() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("hash", HASH);
    value.put("who", WHO);
    value.put("bytes", new byte[] {0, 1, (byte) 0xfe});
    value.put("long", longBytes());
    value.put("at", Instant.parse("2026-03-01T08:00:00Z"));
    value.put("big", BigInteger.TWO.pow(255));
    String expected =
        "{\"hash\":\"0x"
            + "0a".repeat(16)
            + "f0".repeat(16)
            + "\",\"who\":\"0x"
            + "00ff".repeat(10)
            + "\",\"bytes\":\"0x0001fe\",\"long\":\"0x"
            + "00010203".repeat(20)
            + "\",\"at\":\"2026-03-01T08:00:00Z\",\"big\":\""
            + BigInteger.TWO.pow(255)
            + "\"}";

    assertThat(new String(IndexJson.mapper().writeValueAsBytes(value), StandardCharsets.UTF_8))
        .isEqualTo(expected);
    assertThat(IndexJson.mapper().writeValueAsString(value)).isEqualTo(expected);
  }

  /** 80 bytes: longer than the writer's scratch array for hashes and addresses. */
  private static byte[] longBytes() {
    byte[] b = new byte[80];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 4);
    }
    return b;
  }

  @Test
  void anEventViewKeepsItsOwnCopyOfTheParametersInTheirOrder() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("zeta", 1);
    fields.put("alpha", null);
    fields.put("mid", HASH);
    EventView event = new EventView("E", "C", 1, 0, HASH, HASH, Instant.EPOCH, fields);
    fields.put("zeta", 2);
    fields.put("later", 3);

    assertThat(event.fields().keySet()).containsExactly("zeta", "alpha", "mid");
    assertThat(event.fields()).containsEntry("zeta", 1).containsEntry("alpha", null);
    assertThat(event.fields().containsKey("alpha")).isTrue();
    assertThat(event.fields().get("later")).isNull();
    assertThat(event.field("mid")).isEqualTo(HASH.toHex());
    Map<String, Object> same = new LinkedHashMap<>();
    same.put("zeta", 1);
    same.put("alpha", null);
    same.put("mid", HASH);
    assertThat(event.fields()).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(event).isEqualTo(new EventView("E", "C", 1, 0, HASH, HASH, Instant.EPOCH, same));
    assertThatThrownBy(() -> event.fields().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> event.fields().entrySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readsBackAnEventAsWritten() throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("caseId", HASH);
    fields.put("depositor", WHO);
    EventView event =
        new EventView(
            "EvidenceDeposited",
            "EvidenceRegistry",
            42,
            3,
            HASH,
            HASH,
            Instant.parse("2026-03-01T08:00:00Z"),
            fields);
    byte[] json = IndexJson.mapper().writeValueAsBytes(List.of(event));

    List<EventView> read = IndexJson.mapper().readValue(json, new TypeReference<>() {});

    assertThat(read).hasSize(1);
    assertThat(read.get(0).blockHash()).isEqualTo(HASH);
    assertThat(read.get(0).blockTime()).isEqualTo(event.blockTime());
    assertThat(read.get(0).field("caseId")).isEqualTo(HASH.toHex());
    assertThat(read.get(0).field("depositor")).isEqualTo(WHO.toHex());
  }
}
