package cn.yunxi.sdk.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.internal.events.AbiEvent;
import cn.yunxi.sdk.internal.events.AbiParam;
import cn.yunxi.sdk.model.Role;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;

/**
 * Every event of every contract, with random values, encoded as Solidity would and decoded: each
 * record component equals the value of the Solidity parameter with the same name. This pins the
 * records' names and the type mapping to the ABI, field by field, without a chain.
 */
class EventRoundTripTest {
  private static final Set<String> TIME_FIELDS = Set.of("timestamp", "depositedAt", "anchoredAt");
  private final EventDecoder decoder = EventDecoder.of(SyntheticLogs.CONTRACTS);
  private final Random random = new Random(20_261_128);

  @Test
  void everyEventDecodesIntoItsRecordWithEveryParameterUnderItsSolidityName() throws Exception {
    assertThat(decoder.eventTypes()).hasSize(37);
    for (EventType type : decoder.eventTypes()) {
      AbiEvent abi = SyntheticLogs.abi(type.contract(), type.name());
      RecordComponent[] components = type.recordType().getRecordComponents();
      assertThat(components).as(type.name() + " is a record").isNotNull();
      assertThat(Arrays.stream(components).map(RecordComponent::getName).toList())
          .as("components of " + type.name())
          .isEqualTo(concat("meta", abi.params().stream().map(AbiParam::name).toList()));
      for (int round = 0; round < 20; round++) {
        checkOneRoundTrip(type, abi, components);
      }
    }
  }

  private void checkOneRoundTrip(EventType type, AbiEvent abi, RecordComponent[] components)
      throws Exception {
    Map<String, Type<?>> encoded = new HashMap<>();
    Map<String, Object> expected = new HashMap<>();
    for (int i = 1; i < components.length; i++) {
      AbiParam param = abi.params().get(i - 1);
      randomValue(param, components[i].getType(), encoded, expected);
    }
    RawLog log =
        SyntheticLogs.log(type.contract().addressIn(SyntheticLogs.CONTRACTS), abi, encoded);

    YunxiEvent event = decoder.decode(log).orElseThrow();

    assertThat(event).isInstanceOf(type.recordType());
    assertThat(event.meta()).isEqualTo(log.meta());
    assertThat(event.contract()).isEqualTo(type.contract());
    assertThat(event.name()).isEqualTo(type.name());
    for (int i = 1; i < components.length; i++) {
      String name = components[i].getName();
      assertThat(components[i].getAccessor().invoke(event))
          .as(type.name() + "." + name)
          .isEqualTo(expected.get(name));
    }
    String timeField =
        abi.params().stream()
            .map(AbiParam::name)
            .filter(TIME_FIELDS::contains)
            .findFirst()
            .orElse(null);
    assertThat(event.time())
        .as(type.name() + ".time()")
        .isEqualTo(
            java.util.Optional.ofNullable(timeField == null ? null : expected.get(timeField)));
  }

  /** A random value for {@code param} as the chain encodes it, and what the record should hold. */
  private void randomValue(
      AbiParam param,
      Class<?> javaType,
      Map<String, Type<?>> encoded,
      Map<String, Object> expected) {
    String abi = param.type();
    Object value;
    Type<?> word;
    if (abi.equals("bytes32")) {
      var v = SyntheticLogs.random32(random);
      value = v;
      word = SyntheticLogs.word(v);
    } else if (abi.equals("address")) {
      var v = SyntheticLogs.randomAddress(random);
      value = v;
      word = SyntheticLogs.word(v);
    } else if (abi.equals("bool")) {
      boolean v = random.nextBoolean();
      value = v;
      word = SyntheticLogs.bool(v);
    } else if (abi.equals("bytes")) {
      byte[] v = new byte[random.nextInt(100)];
      random.nextBytes(v);
      value = v;
      word = SyntheticLogs.bytes(v);
    } else if (javaType == Instant.class) {
      long seconds = random.nextLong(1L << 40);
      value = Instant.ofEpochSecond(seconds);
      word = SyntheticLogs.uint(abi, BigInteger.valueOf(seconds));
    } else if (javaType == Set.class) {
      int mask = random.nextInt(64);
      value = Role.fromMask(mask);
      word = SyntheticLogs.uint(abi, BigInteger.valueOf(mask));
    } else if (javaType.isEnum()) {
      int code = random.nextInt(javaType.getEnumConstants().length);
      value = javaType.getEnumConstants()[code];
      word = SyntheticLogs.uint(abi, BigInteger.valueOf(code));
    } else {
      int bits = Integer.parseInt(abi.substring("uint".length()));
      BigInteger v = new BigInteger(bits, random);
      value =
          javaType == BigInteger.class
              ? v
              : javaType == long.class ? (Object) v.longValue() : (Object) v.intValueExact();
      word = SyntheticLogs.uint(abi, v);
    }
    encoded.put(param.name(), word);
    expected.put(param.name(), value);
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
        .toList();
  }
}
