package cn.yunxi.sdk.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.model.Bytes32;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BlobRefTest {
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void isTheSha256OfTheContentInLowerCaseHex() {
    BlobRef ref = BlobRef.ofContent("abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(ref.hex()).isEqualTo(ABC);
    assertThat(ref.toString()).isEqualTo(ABC);
    assertThat(BlobRef.fromHex(ABC.toUpperCase())).isEqualTo(ref);
    assertThat(ref.toBytes32()).isEqualTo(Bytes32.fromHex(ABC));
    assertThat(BlobRef.fromBytes32(ref.toBytes32())).isEqualTo(ref);
    assertThat(BlobRef.of(ref.toByteArray())).isEqualTo(ref).hasSameHashCodeAs(ref);
  }

  @Test
  void refusesAnythingButThirtyTwoBytes() {
    assertThatThrownBy(() -> BlobRef.fromHex("0x" + ABC.substring(2)))
        .hasMessageStartingWith("not 64 hex digits");
    assertThatThrownBy(() -> BlobRef.fromHex(ABC.substring(1)))
        .hasMessageStartingWith("not 64 hex digits");
    assertThatThrownBy(() -> BlobRef.of(new byte[31])).hasMessage("sha256.length != 32: 31");
  }

  @Test
  void ordersByUnsignedBytes() {
    BlobRef low = BlobRef.fromHex("00".repeat(32));
    BlobRef high = BlobRef.fromHex("ff" + "00".repeat(31));
    assertThat(low).isLessThan(high);
  }
}
