package cn.yunxi.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link Bytes32#of(byte[], int)} and {@link Address#of(byte[], int)}: one copy of a slice. */
class SliceFactoriesTest {
  private static byte[] counting(int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  @Test
  void aSliceIsCopiedSoLaterWritesToTheSourceDoNotShow() {
    byte[] source = counting(64);
    Bytes32 b = Bytes32.of(source, 7);
    Address a = Address.of(source, 44);
    assertThat(b.toByteArray()).isEqualTo(Arrays.copyOfRange(counting(64), 7, 39));
    assertThat(a.toByteArray()).isEqualTo(Arrays.copyOfRange(counting(64), 44, 64));
    Arrays.fill(source, (byte) 0);
    assertThat(b).isEqualTo(Bytes32.of(Arrays.copyOfRange(counting(64), 7, 39)));
    assertThat(a).isEqualTo(Address.of(Arrays.copyOfRange(counting(64), 44, 64)));
  }

  @Test
  void aSliceBeyondTheSourceIsRefused() {
    byte[] source = counting(40);
    assertThatThrownBy(() -> Bytes32.of(source, 9)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Bytes32.of(source, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Address.of(source, 21)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Address.of(null, 0)).isInstanceOf(NullPointerException.class);
    assertThat(Bytes32.of(source, 8)).isEqualTo(Bytes32.of(Arrays.copyOfRange(source, 8, 40)));
  }
}
