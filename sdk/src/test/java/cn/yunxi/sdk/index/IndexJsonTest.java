package cn.yunxi.sdk.index;

import static org.assertj.core.api.Assertions.assertThat;

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
    value.put("at", Instant.parse("2026-03-01T08:00:00Z"));
    value.put("big", BigInteger.TWO.pow(255));
    String expected =
        "{\"hash\":\"0x"
            + "0a".repeat(16)
            + "f0".repeat(16)
            + "\",\"who\":\"0x"
            + "00ff".repeat(10)
            + "\",\"bytes\":\"0x0001fe\",\"at\":\"2026-03-01T08:00:00Z\",\"big\":\""
            + BigInteger.TWO.pow(255)
            + "\"}";

    assertThat(new String(IndexJson.mapper().writeValueAsBytes(value), StandardCharsets.UTF_8))
        .isEqualTo(expected);
    assertThat(IndexJson.mapper().writeValueAsString(value)).isEqualTo(expected);
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
