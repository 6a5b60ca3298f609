package cn.yunxi.sdk.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.Signature;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * The gateway's signed message is exactly the documented text, signed as wallets sign ({@code
 * personal_sign}): checked against web3j's independent EIP-191 implementation.
 */
class GatewayBlobStoreTest {
  private static final Bytes32 GATEWAY = Bytes32.fromAscii("JB-JJDD");
  private static final BlobRef REF =
      BlobRef.fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  private static final Bytes32 CHALLENGE =
      Bytes32.fromHex("0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8");

  @Test
  void theAccessMessageIsFiveLinesBindingChainGatewayBlobAndChallenge() {
    assertThat(GatewayBlobStore.accessMessage(20_261_128L, GATEWAY, REF, CHALLENGE))
        .isEqualTo(
            "Yunxi blob gateway access\n"
                + "chain: 20261128\n"
                + "gateway: 0x4a422d4a4a4444" // "JB-JJDD" in ASCII, zero-padded to 32 bytes
                + "00".repeat(25)
                + "\n"
                + "blob: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
                + "challenge: 0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8");
  }

  @Test
  void theDigestIsEip191PersonalSignOfTheMessage() throws Exception {
    String message = GatewayBlobStore.accessMessage(20_261_128L, GATEWAY, REF, CHALLENGE);
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    assertThat(GatewayBlobStore.accessDigest(20_261_128L, GATEWAY, REF, CHALLENGE).toByteArray())
        .isEqualTo(Sign.getEthereumMessageHash(bytes));

    Signer member = Signers.privateKey(BigInteger.valueOf(0xBEEFL));
    Signature s = member.sign(GatewayBlobStore.accessDigest(20_261_128L, GATEWAY, REF, CHALLENGE));
    byte[] v = {(byte) (27 + s.recoveryId())};
    BigInteger key =
        Sign.signedPrefixedMessageToKey(bytes, new Sign.SignatureData(v, s.r(), s.s()));
    assertThat("0x" + Keys.getAddress(key)).isEqualTo(member.address().toHex());
  }

  @Test
  void everyBoundValueChangesTheDigest() {
    Bytes32 base = GatewayBlobStore.accessDigest(1, GATEWAY, REF, CHALLENGE);
    byte[] other = REF.toByteArray();
    other[0] ^= 1;
    assertThat(GatewayBlobStore.accessDigest(2, GATEWAY, REF, CHALLENGE)).isNotEqualTo(base);
    assertThat(GatewayBlobStore.accessDigest(1, Bytes32.fromAscii("JB-ZHXZZF"), REF, CHALLENGE))
        .isNotEqualTo(base);
    assertThat(GatewayBlobStore.accessDigest(1, GATEWAY, BlobRef.of(other), CHALLENGE))
        .isNotEqualTo(base);
    byte[] c = CHALLENGE.toByteArray();
    c[31] ^= 1;
    assertThat(GatewayBlobStore.accessDigest(1, GATEWAY, REF, Bytes32.of(c))).isNotEqualTo(base);
  }

  @Test
  void theStoreIsReadOnlyAndNeedsAScope() {
    GatewayBlobStore store =
        GatewayBlobStore.builder()
            .endpoint("http://127.0.0.1:9")
            .chainId(1)
            .gateway(GATEWAY)
            .signer(Signers.privateKey(BigInteger.TEN))
            .build();
    assertThatThrownBy(store::newWriter).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> store.open(REF))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scope");
    assertThat(Arrays.stream(GatewayBlobStore.Kind.values()).map(GatewayBlobStore.Kind::parameter))
        .containsExactly("evidence", "request", "case", "batch");
  }
}
