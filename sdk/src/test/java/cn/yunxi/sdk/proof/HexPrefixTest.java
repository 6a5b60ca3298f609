package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.internal.proof.HexPrefix;
import cn.yunxi.sdk.internal.proof.RlpException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Hex-prefix encoding, with the examples of the Ethereum wiki's Patricia tree page. */
class HexPrefixTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void encodesTheSpecificationExamples() {
    assertThat(HEX.formatHex(HexPrefix.encode(new byte[] {1, 2, 3, 4, 5}, false)))
        .isEqualTo("112345");
    assertThat(HEX.formatHex(HexPrefix.encode(new byte[] {0, 1, 2, 3, 4, 5}, false)))
        .isEqualTo("00012345");
    assertThat(HEX.formatHex(HexPrefix.encode(new byte[] {0, 0xf, 1, 0xc, 0xb, 8}, true)))
        .isEqualTo("200f1cb8");
    assertThat(HEX.formatHex(HexPrefix.encode(new byte[] {0xf, 1, 0xc, 0xb, 8}, true)))
        .isEqualTo("3f1cb8");
    assertThat(HEX.formatHex(HexPrefix.encode(new byte[0], true))).isEqualTo("20");
  }

  @Test
  void decodesWhatItEncodes() {
    byte[][] paths = {{}, {7}, {1, 2}, {0, 0xf, 1, 0xc, 0xb, 8}, {0xf, 1, 0xc, 0xb, 8}};
    for (byte[] path : paths) {
      for (boolean leaf : new boolean[] {true, false}) {
        HexPrefix.Path decoded = HexPrefix.decode(HexPrefix.encode(path, leaf));
        assertThat(decoded.nibbles()).isEqualTo(path);
        assertThat(decoded.leaf()).isEqualTo(leaf);
      }
    }
  }

  @Test
  void refusesUnknownFlagsAndNonZeroPadding() {
    assertThatThrownBy(() -> HexPrefix.decode(HEX.parseHex("4f"))).isInstanceOf(RlpException.class);
    assertThatThrownBy(() -> HexPrefix.decode(HEX.parseHex("0112")))
        .isInstanceOf(RlpException.class);
    assertThatThrownBy(() -> HexPrefix.decode(new byte[0])).isInstanceOf(RlpException.class);
  }
}
