package cn.yunxi.sdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seal then open, for every cipher suite × key-wrap scheme × size at the chunk boundaries. */
class EnvelopeRoundTripTest {
  private static final int MIB = 1 << 20;

  static Stream<Arguments> suitesSchemesAndSizes() {
    List<Arguments> cases = new ArrayList<>();
    for (CipherSuite suite : CipherSuite.values()) {
      for (KeyWrapScheme scheme : KeyWrapScheme.values()) {
        // The default 1 MiB chunks …
        for (int size : new int[] {0, 1, MIB - 1, MIB, MIB + 1, 3 * MIB + 7}) {
          cases.add(Arguments.of(suite, scheme, EnvelopeSealer.DEFAULT_CHUNK_SIZE, size));
        }
        // … and the smallest ones, where every boundary case is a few bytes.
        for (int size : new int[] {0, 1, 15, 16, 17, 16 * 5, 16 * 5 + 3}) {
          cases.add(Arguments.of(suite, scheme, EnvelopeSealer.MIN_CHUNK_SIZE, size));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} chunk {2} size {3}")
  @MethodSource("suitesSchemesAndSizes")
  void opensToTheSealedContentWithTheSameDigests(
      CipherSuite suite, KeyWrapScheme scheme, int chunkSize, int size) {
    byte[] content = TestKeys.content(size, size);
    DecryptionKey reader = TestKeys.key(scheme, "reader");
    EnvelopeSealer sealer = Envelopes.sealer(suite, chunkSize, size);

    ByteArrayOutputStream envelope = new ByteArrayOutputStream();
    SealedEnvelope sealed =
        sealer.seal(new ByteArrayInputStream(content), List.of(reader.recipient()), envelope);
    ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
    ContentDigests opened =
        EnvelopeOpener.open(new ByteArrayInputStream(envelope.toByteArray()), reader, plaintext);

    assertThat(plaintext.toByteArray()).isEqualTo(content);
    assertThat(sealed.content()).isEqualTo(ContentDigests.of(content));
    assertThat(opened).isEqualTo(sealed.content());
    assertThat(sealed.envelopeSize()).isEqualTo(envelope.size());
    int chunks = Math.max(1, (size + chunkSize - 1) / chunkSize);
    int headerSize = 26 + 35 + (scheme == KeyWrapScheme.SM2 ? 97 : 81) + suite.keyLength();
    assertThat(envelope.size()).isEqualTo(headerSize + size + chunks * (4 + 16));
  }

  @Test
  void everyRecipientOpensAMultiRecipientEnvelopeAndNoOneElse() {
    DecryptionKey a = TestKeys.secp256k1("department A");
    DecryptionKey b = TestKeys.sm2("department B");
    DecryptionKey c = TestKeys.secp256k1("department C");
    byte[] content = TestKeys.content(5000, 7);
    byte[] envelope =
        Envelopes.seal(
            Envelopes.sealer(CipherSuite.AES_256_GCM, 1024, 7),
            content,
            List.of(a.recipient(), b.recipient(), c.recipient()));

    for (DecryptionKey reader : List.of(a, b, c)) {
      assertThat(Envelopes.open(envelope, reader)).as(reader.toString()).isEqualTo(content);
    }
    assertThat(EnvelopeOpener.readHeader(new ByteArrayInputStream(envelope)).recipients())
        .containsExactly(slot(a), slot(b), slot(c));

    for (DecryptionKey outsider :
        List.of(
            TestKeys.secp256k1("outsider"),
            TestKeys.sm2("outsider"),
            // Right private scalar, wrong scheme: A's scalar on SM2 is another key altogether.
            TestKeys.sm2("department A"))) {
      assertThatThrownBy(() -> Envelopes.open(envelope, outsider))
          .as(outsider.toString())
          .isInstanceOfSatisfying(
              EnvelopeException.class,
              e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_A_RECIPIENT));
    }
  }

  @Test
  void twoSealsOfTheSameContentDifferInEveryKeyAndNonce() {
    DecryptionKey reader = TestKeys.secp256k1("reader");
    byte[] content = TestKeys.content(100, 1);
    EnvelopeSealer sealer = EnvelopeSealer.create();

    byte[] first = Envelopes.seal(sealer, content, List.of(reader.recipient()));
    byte[] second = Envelopes.seal(sealer, content, List.of(reader.recipient()));

    assertThat(first).isNotEqualTo(second);
    assertThat(java.util.Arrays.copyOfRange(first, 12, 24))
        .as("base nonce")
        .isNotEqualTo(java.util.Arrays.copyOfRange(second, 12, 24));
    assertThat(Envelopes.open(first, reader)).isEqualTo(Envelopes.open(second, reader));
  }

  @Test
  void refusesBadRecipientListsAndChunkSizes() {
    EnvelopeSealer sealer = EnvelopeSealer.create();
    Recipient r = TestKeys.secp256k1("reader").recipient();
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[1]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> sealer.seal(in, List.of(), out)).hasMessage("recipients is empty");
    assertThatThrownBy(() -> sealer.seal(in, List.of(r, r), out))
        .hasMessageStartingWith("recipients has duplicates");
    assertThatThrownBy(() -> EnvelopeSealer.builder().chunkSize(15))
        .hasMessage("chunkSize not in [16, 4194304]: 15");
    assertThatThrownBy(() -> EnvelopeSealer.builder().chunkSize((4 << 20) + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out.size()).isZero();
  }

  private static RecipientSlot slot(DecryptionKey key) {
    return new RecipientSlot(key.scheme(), key.recipient().keyId());
  }
}
