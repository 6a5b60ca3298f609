package cn.yunxi.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoding examples of the Ethereum wiki's RLP page, and the decoder's strictness. */
class RlpTest {
  private static final HexFormat HEX = HexFormat.of();

  private static String hex(Rlp.Item item) {
    return HEX.formatHex(Rlp.encode(item));
  }

  private static Rlp.Bytes text(String s) {
    return Rlp.bytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void encodesTheSpecificationsExamples() {
    assertThat(hex(text("dog"))).isEqualTo("83646f67");
    assertThat(hex(Rlp.list(List.of(text("cat"), text("dog"))))).isEqualTo("c88363617483646f67");
    assertThat(hex(text(""))).isEqualTo("80");
    assertThat(hex(Rlp.list(List.of()))).isEqualTo("c0");
    assertThat(hex(Rlp.scalar(0))).isEqualTo("80");
    assertThat(hex(Rlp.bytes(new byte[] {0}))).isEqualTo("00");
    assertThat(hex(Rlp.scalar(15))).isEqualTo("0f");
    assertThat(hex(Rlp.scalar(1024))).isEqualTo("820400");
    // The set-theoretical representation of three: [ [], [[]], [ [], [[]] ] ]
    Rlp.ItemList empty = Rlp.list(List.of());
    Rlp.ItemList one = Rlp.list(List.of(empty));
    assertThat(hex(Rlp.list(List.of(empty, one, Rlp.list(List.of(empty, one))))))
        .isEqualTo("c7c0c1c0c3c0c1c0");
    String lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit";
    assertThat(hex(text(lorem))).isEqualTo("b838" + HEX.formatHex(lorem.getBytes()));
  }

  @Test
  void decodesWhatItEncodes() {
    Rlp.Item item =
        Rlp.list(
            List.of(
                text("cat"),
                Rlp.list(List.of(Rlp.scalar(1024), Rlp.bytes(new byte[100]))),
                Rlp.bytes(new byte[0])));
    assertThat(Rlp.decode(Rlp.encode(item))).isEqualTo(item);
  }

  @Test
  void rejectsNonCanonicalAndTruncatedInput() {
    // A single byte below 0x80 must encode as itself, not as a one-byte string.
    assertThatThrownBy(() -> Rlp.decode(HEX.parseHex("8105"))).isInstanceOf(Rlp.RlpException.class);
    // A short length written in the long form.
    assertThatThrownBy(() -> Rlp.decode(HEX.parseHex("b803646f67")))
        .isInstanceOf(Rlp.RlpException.class);
    assertThatThrownBy(() -> Rlp.decode(HEX.parseHex("83646f")))
        .isInstanceOf(Rlp.RlpException.class);
    assertThatThrownBy(() -> Rlp.decode(HEX.parseHex("83646f6700")))
        .hasMessageContaining("trailing");
    // A list claiming 5 bytes of payload holding 4.
    assertThatThrownBy(() -> Rlp.decode(HEX.parseHex("c583646f67")))
        .isInstanceOf(Rlp.RlpException.class);
    // A list whose item runs past the list's end.
    assertThatThrownBy(() -> Rlp.decode(HEX.parseHex("c383646f67")))
        .hasMessageContaining("past its container");
    assertThatThrownBy(() -> Rlp.toScalar(Rlp.bytes(new byte[] {0, 1}), 4))
        .hasMessageContaining("leading zero");
  }
}
