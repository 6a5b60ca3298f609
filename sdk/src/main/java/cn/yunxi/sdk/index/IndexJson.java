package cn.yunxi.sdk.index;

import cn.yunxi.sdk.internal.HexText;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The query API's JSON mapping, shared by the server that writes answers and the {@link
 * IndexClient} that reads them: 32-byte values, addresses and byte strings as {@code 0x}-prefixed
 * lower-case hex; instants as ISO-8601 ({@code 2026-03-01T08:00:00Z}); days as {@code 2026-03-01};
 * uint256 values as decimal strings (a JavaScript number would lose digits); enums by name. Unknown
 * properties are ignored when reading, so a newer server can add fields.
 */
public final class IndexJson {
  private static final ObjectMapper MAPPER = newMapper();

  private IndexJson() {}

  /** A shared, configured mapper (thread-safe; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new mapper with {@link #module()} registered and unknown properties ignored. */
  public static ObjectMapper newMapper() {
    return new ObjectMapper()
        .registerModule(module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The serializers and deserializers of the Yunxi value types. */
  public static Module module() {
    SimpleModule m = new SimpleModule("yunxi-index");
    hex(m, Bytes32.class, Bytes32::toByteArray, Bytes32::fromHex);
    hex(m, Address.class, Address::toByteArray, Address::fromHex);
    text(m, Instant.class, IsoInstants::format, IsoInstants::parse);
    text(m, LocalDate.class, LocalDate::toString, LocalDate::parse);
    hex(m, byte[].class, b -> b, IndexJson::bytes);
    m.addSerializer(BigInteger.class, new ToText<>(BigInteger::toString));
    m.addDeserializer(BigInteger.class, new BigIntegerDeserializer());
    return m;
  }

  private static <T> void text(
      SimpleModule m, Class<T> type, Function<T, String> write, Function<String, T> read) {
    m.addSerializer(type, new ToText<>(write));
    m.addDeserializer(type, new FromText<>(type, read));
  }

  private static <T> void hex(
      SimpleModule m, Class<T> type, Function<T, byte[]> bytes, Function<String, T> read) {
    m.addSerializer(type, new HexSerializer<>(bytes));
    m.addDeserializer(type, new FromText<>(type, read));
  }

  private static byte[] bytes(String text) {
    String digits = text.startsWith("0x") ? text.substring(2) : text;
    return HexFormat.of().parseHex(digits);
  }

  /** Writes a value as the string {@code write} makes of it. */
  private static final class ToText<T> extends JsonSerializer<T> {
    private final Function<T, String> write;

    ToText(Function<T, String> write) {
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(write.apply(value));
    }
  }

  /**
   * Writes a value as {@code 0x} hex. An answer holds hundreds of hashes: a UTF-8 generator (what
   * {@code writeValueAsBytes} and the server use) takes the ASCII digits as they are, without the
   * escaping pass {@code writeString} makes over every character.
   */
  private static final class HexSerializer<T> extends JsonSerializer<T> {
    /** Hashes and addresses fit; a longer byte string gets an array of its own. */
    private static final int MAX_SCRATCH_BYTES = 64;

    private static final ThreadLocal<byte[]> SCRATCH =
        ThreadLocal.withInitial(() -> new byte[2 + 2 * MAX_SCRATCH_BYTES]);

    private final Function<T, byte[]> bytes;

    HexSerializer(Function<T, byte[]> bytes) {
      this.bytes = bytes;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      byte[] raw = bytes.apply(value);
      if (gen instanceof UTF8JsonGenerator && raw.length <= MAX_SCRATCH_BYTES) {
        // The generator copies the text at once, so one scratch array per thread serves every
        // hash and address of an answer.
        byte[] scratch = SCRATCH.get();
        int length = HexText.prefixedAscii(raw, scratch);
        gen.writeRawUTF8String(scratch, 0, length);
      } else if (gen instanceof UTF8JsonGenerator) {
        byte[] ascii = HexText.prefixedAscii(raw);
        gen.writeRawUTF8String(ascii, 0, ascii.length);
      } else {
        gen.writeString(HexText.prefixed(raw));
      }
    }
  }

  /** Reads a value from a JSON string; a malformed one is a mapping error, not a crash. */
  private static final class FromText<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> read;

    FromText(Class<T> type, Function<String, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getText();
      try {
        return read.apply(text);
      } catch (RuntimeException e) {
        return type.cast(
            ctxt.handleWeirdStringValue(type, text, "not a valid %s", type.getSimpleName()));
      }
    }
  }

  /** uint256 values come as decimal strings; plain JSON integers are accepted too. */
  private static final class BigIntegerDeserializer extends JsonDeserializer<BigInteger> {
    @Override
    public BigInteger deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return p.getBigIntegerValue();
      }
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        try {
          return new BigInteger(p.getText());
        } catch (NumberFormatException e) {
          return (BigInteger)
              ctxt.handleWeirdStringValue(BigInteger.class, p.getText(), "not a decimal integer");
        }
      }
      return (BigInteger) ctxt.handleUnexpectedToken(BigInteger.class, p);
    }
  }
}
