package cn.yunxi.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HexTextTest {
  @Test
  void writesWhatHexFormatWritesWithThePrefix() {
    SplittableRandom random = new SplittableRandom(7);
    for (int length = 0; length < 70; length++) {
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) random.nextInt(256);
      }
      assertThat(HexText.prefixed(bytes)).isEqualTo("0x" + HexFormat.of().formatHex(bytes));
      byte[] into = new byte[2 + 2 * length + 5];
      int written = HexText.prefixedAscii(bytes, into);
      assertThat(new String(into, 0, written, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo(HexText.prefixed(bytes));
    }
    assertThat(HexText.prefixed(new byte[] {0, (byte) 0xff, 0x0f, (byte) 0xa0}))
        .isEqualTo("0x00ff0fa0");
  }

  @Test
  void refusesATargetTooShortForTheText() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> HexText.prefixedAscii(new byte[4], new byte[9]))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
