package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.internal.proof.Rlp;
import cn.yunxi.sdk.internal.proof.RlpException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RLP against vectors of Ethereum's official RLP tests (ethereum/tests RLPTests/rlptest.json,
 * re-typed here), and the strictness of the decoder: what it accepts re-encodes to the same bytes.
 */
class RlpTest {
  private static final HexFormat HEX = HexFormat.of();

  private static byte[] str(String s) {
    return Rlp.string(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static String hex(byte[] b) {
    return HEX.formatHex(b);
  }

  @Test
  void encodesTheOfficialStringVectors() {
    assertThat(hex(str(""))).isEqualTo("80");
    assertThat(hex(Rlp.string(new byte[] {0}))).isEqualTo("00");
    assertThat(hex(Rlp.string(new byte[] {1}))).isEqualTo("01");
    assertThat(hex(Rlp.string(new byte[] {0x7f}))).isEqualTo("7f");
    assertThat(hex(str("dog"))).isEqualTo("83646f67");
    assertThat(hex(str("Lorem ipsum dolor sit amet, consectetur adipisicing eli")))
        .isEqualTo(
            "b74c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572"
                + "206164697069736963696e6720656c69");
    assertThat(hex(str("Lorem ipsum dolor sit amet, consectetur adipisicing elit")))
        .isEqualTo(
            "b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e73656374657475"
                + "72206164697069736963696e6720656c6974");
  }

  @Test
  void encodesTheOfficialIntegerVectors() {
    assertThat(hex(Rlp.uint(0))).isEqualTo("80");
    assertThat(hex(Rlp.uint(1))).isEqualTo("01");
    assertThat(hex(Rlp.uint(16))).isEqualTo("10");
    assertThat(hex(Rlp.uint(79))).isEqualTo("4f");
    assertThat(hex(Rlp.uint(127))).isEqualTo("7f");
    assertThat(hex(Rlp.uint(128))).isEqualTo("8180");
    assertThat(hex(Rlp.uint(1000))).isEqualTo("8203e8");
    assertThat(hex(Rlp.uint(100000))).isEqualTo("830186a0");
    assertThat(hex(Rlp.uint(new BigInteger("83729609699884896815286331701780722"))))
        .isEqualTo("8f102030405060708090a0b0c0d0e0f2");
    assertThat(
            hex(
                Rlp.uint(
                    new BigInteger(
                        "105315505618206987246253880190783558935785933862974822347068935681"))))
        .isEqualTo("9c0100020003000400050006000700080009000a000b000c000d000e01");
    assertThat(hex(Rlp.uint(BigInteger.TWO.pow(256))))
        .isEqualTo("a1010000000000000000000000000000000000000000000000000000000000000000");
  }

  @Test
  void encodesTheOfficialListVectors() {
    assertThat(hex(Rlp.list())).isEqualTo("c0");
    assertThat(hex(Rlp.list(str("dog"), str("god"), str("cat"))))
        .isEqualTo("cc83646f6783676f6483636174");
    assertThat(hex(Rlp.list(str("zw"), Rlp.list(Rlp.uint(4)), Rlp.uint(1))))
        .isEqualTo("c6827a77c10401");
    List<byte[]> eleven = new ArrayList<>();
    String[] words = {"asdf", "qwer", "zxcv"};
    for (int i = 0; i < 11; i++) {
      eleven.add(str(words[i % 3]));
    }
    assertThat(hex(Rlp.list(eleven)))
        .isEqualTo(
            "f784617364668471776572847a78637684617364668471776572847a7863768461736466847177657284"
                + "7a78637684617364668471776572");
    assertThat(hex(Rlp.list(Rlp.list(Rlp.list(), Rlp.list()), Rlp.list()))).isEqualTo("c4c2c0c0c0");
    // [ [], [[]], [ [], [[]] ] ] — the set-theoretic representation of three
    byte[] three =
        Rlp.list(Rlp.list(), Rlp.list(Rlp.list()), Rlp.list(Rlp.list(), Rlp.list(Rlp.list())));
    assertThat(hex(three)).isEqualTo("c7c0c1c0c3c0c1c0");
    byte[] dict =
        Rlp.list(
            Rlp.list(str("key1"), str("val1")),
            Rlp.list(str("key2"), str("val2")),
            Rlp.list(str("key3"), str("val3")),
            Rlp.list(str("key4"), str("val4")));
    assertThat(hex(dict))
        .isEqualTo(
            "ecca846b6579318476616c31ca846b6579328476616c32ca846b6579338476616c33ca846b657934847661"
                + "6c34");
  }

  @Test
  void decodesWhatItEncodes() {
    byte[] encoded =
        Rlp.list(str("dog"), Rlp.list(Rlp.uint(1000), Rlp.list()), str("x".repeat(100)));
    Rlp.Item item = Rlp.decode(encoded);
    assertThat(item.isList()).isTrue();
    assertThat(item.items()).hasSize(3);
    assertThat(new String(item.items().get(0).bytes(), StandardCharsets.US_ASCII)).isEqualTo("dog");
    assertThat(item.items().get(1).items().get(0).uint("n")).isEqualTo(BigInteger.valueOf(1000));
    assertThat(item.items().get(1).items().get(1).items()).isEmpty();
    assertThat(item.items().get(2).bytes()).hasSize(100);
    assertThat(item.encoded()).isEqualTo(encoded);
    assertThat(item.items().get(1).encoded()).isEqualTo(Rlp.list(Rlp.uint(1000), Rlp.list()));
  }

  @Test
  void refusesNonCanonicalAndTruncatedEncodings() {
    String[] bad = {
      "", // nothing
      "8100", // a single byte below 0x80 wrapped
      "817f", // likewise
      "b800", // long form for a short string
      "b90000", // length with a leading zero
      "83646f", // truncated string
      "c3646f67ff", // list payload ends inside an item
      "83646f6700", // trailing byte
      "f800", // long form for a short list
      "bf0100000000000000", // length of 8 bytes
      "c1", // truncated list
    };
    for (String b : bad) {
      assertThatThrownBy(() -> Rlp.decode(HEX.parseHex(b))).as(b).isInstanceOf(RlpException.class);
    }
    assertThatThrownBy(() -> Rlp.decode(HEX.parseHex("820001")).uint("n"))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("leading zero");
  }

  @Test
  void refusesNestingDeeperThanItsLimit() {
    byte[] deep = new byte[0];
    for (int i = 0; i < Rlp.MAX_DEPTH + 1; i++) {
      deep = Rlp.list(deep.length == 0 ? Rlp.list() : deep);
    }
    byte[] input = deep;
    assertThatThrownBy(() -> Rlp.decode(input))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("nested");
  }
}
