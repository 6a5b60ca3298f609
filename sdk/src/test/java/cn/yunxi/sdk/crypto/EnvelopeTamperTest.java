package cn.yunxi.sdk.crypto;

import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.MALFORMED_HEADER;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.NOT_AN_ENVELOPE;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.NOT_A_RECIPIENT;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TAMPERED;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TRAILING_DATA;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TRUNCATED;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.UNSUPPORTED_ALGORITHM;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.UNSUPPORTED_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.crypto.EnvelopeException.Reason;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of damage gives its typed reason, and no plaintext of a damaged chunk is released:
 * what was written before the refusal is exactly the chunks before the damage.
 *
 * <p>The envelope under test: chunk size 64, 202 bytes of content (chunks of 64, 64, 64 and 10),
 * two recipients — an ECIES and an SM2 key — and the reader is one of them.
 */
class EnvelopeTamperTest {
  private static final int CHUNK = 64;
  private static final byte[] CONTENT = TestKeys.content(3 * CHUNK + 10, 99);
  private static final DecryptionKey ECIES_READER = TestKeys.secp256k1("reader 1");
  private static final DecryptionKey SM2_READER = TestKeys.sm2("reader 2");

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of(CipherSuite.AES_256_GCM, ECIES_READER),
        Arguments.of(CipherSuite.AES_256_GCM, SM2_READER),
        Arguments.of(CipherSuite.SM4_GCM, ECIES_READER),
        Arguments.of(CipherSuite.SM4_GCM, SM2_READER));
  }

  /** Byte offsets of the sealed envelope's parts. */
  private record Layout(byte[] envelope, int[] entryStarts, int readerEntry, int[] chunkStarts) {
    int headerEnd() {
      return chunkStarts[0];
    }

    byte[] chunk(int k) {
      int end = k + 1 < chunkStarts.length ? chunkStarts[k + 1] : envelope.length;
      return Arrays.copyOfRange(envelope, chunkStarts[k], end);
    }

    byte[] withChunks(int... order) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(envelope, 0, headerEnd());
      for (int k : order) {
        out.writeBytes(chunk(k));
      }
      return out.toByteArray();
    }
  }

  private static Layout seal(CipherSuite suite, DecryptionKey reader) {
    byte[] envelope =
        Envelopes.seal(
            Envelopes.sealer(suite, CHUNK, 5),
            CONTENT,
            List.of(ECIES_READER.recipient(), SM2_READER.recipient()));
    int ecies = 35 + 65 + suite.keyLength() + 16;
    int sm2 = 35 + 65 + 32 + suite.keyLength();
    int[] entries = {26, 26 + ecies};
    int c0 = 26 + ecies + sm2;
    int[] chunks = {c0, c0 + 84, c0 + 168, c0 + 252};
    assertThat(envelope.length).isEqualTo(c0 + 252 + 4 + 10 + 16);
    return new Layout(envelope, entries, reader == ECIES_READER ? 0 : 1, chunks);
  }

  @ParameterizedTest(name = "{0}, reader {1}")
  @MethodSource("layouts")
  void aFlippedHeaderBitGivesTheReasonOfItsField(CipherSuite suite, DecryptionKey reader) {
    Layout layout = seal(suite, reader);
    for (int offset = 0; offset < layout.headerEnd(); offset++) {
      Set<Reason> expected = expectedForHeaderByte(layout, offset);
      // Every bit of the fixed part and of the entries' fixed fields; one bit per wrapped-key byte.
      boolean everyBit = offset < 26 || !insideWrappedKey(layout, offset);
      for (int bit = everyBit ? 0 : offset % 8; bit < 8; bit += everyBit ? 1 : 8) {
        Attempt attempt = Attempt.open(flip(layout.envelope(), offset, bit), reader);
        assertThat(attempt.reason()).as("header byte %d bit %d", offset, bit).isIn(expected);
        assertThat(attempt.released()).as("released at byte %d", offset).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}, reader {1}")
  @MethodSource("layouts")
  void aFlippedBitInAChunkIsTamperingAndReleasesNothingOfThatChunk(
      CipherSuite suite, DecryptionKey reader) {
    Layout layout = seal(suite, reader);
    for (int k = 0; k < 4; k++) {
      int start = layout.chunkStarts()[k];
      int end = start + layout.chunk(k).length;
      for (int offset = start; offset < end; offset++) {
        boolean prefix = offset < start + 4;
        for (int bit = prefix ? 0 : offset % 8; bit < 8; bit += prefix ? 1 : 8) {
          Attempt attempt = Attempt.open(flip(layout.envelope(), offset, bit), reader);
          // A final chunk whose length field grew past the data reads as cut short.
          Set<Reason> expected =
              prefix && k == 3 ? EnumSet.of(TAMPERED, TRUNCATED) : EnumSet.of(TAMPERED);
          assertThat(attempt.reason()).as("chunk %d byte %d bit %d", k, offset, bit).isIn(expected);
          assertThat(attempt.released()).isEqualTo(Arrays.copyOf(CONTENT, k * CHUNK));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}, reader {1}")
  @MethodSource("layouts")
  void reorderedDroppedOrRepeatedChunksAreDetected(CipherSuite suite, DecryptionKey reader) {
    Layout layout = seal(suite, reader);
    assertThat(Attempt.open(layout.withChunks(0, 1, 2, 3), reader).released()).isEqualTo(CONTENT);

    assertRefused(layout.withChunks(1, 0, 2, 3), reader, TAMPERED, 0);
    assertRefused(layout.withChunks(0, 2, 1, 3), reader, TAMPERED, 1);
    assertRefused(layout.withChunks(0, 1, 3, 2), reader, TAMPERED, 2);
    assertRefused(layout.withChunks(0, 1, 2), reader, TRUNCATED, 3); // the final chunk dropped
    assertRefused(layout.withChunks(0, 2, 3), reader, TAMPERED, 1); // a middle chunk dropped
    assertRefused(layout.withChunks(1, 2, 3), reader, TAMPERED, 0); // the first chunk dropped
    assertRefused(layout.withChunks(0, 0, 1, 2, 3), reader, TAMPERED, 1); // a chunk replayed
    assertRefused(layout.withChunks(0, 1, 2, 3, 3), reader, TRAILING_DATA, 3);
    assertRefused(layout.withChunks(), reader, TRUNCATED, 0); // the header alone
  }

  @ParameterizedTest(name = "{0}, reader {1}")
  @MethodSource("layouts")
  void appendedBytesAreTrailingDataAndTheFinalChunkIsWithheld(
      CipherSuite suite, DecryptionKey reader) {
    Layout layout = seal(suite, reader);
    for (int extra : new int[] {1, 16, 100}) {
      byte[] longer = Arrays.copyOf(layout.envelope(), layout.envelope().length + extra);
      assertRefused(longer, reader, TRAILING_DATA, 3);
    }
  }

  @ParameterizedTest(name = "{0}, reader {1}")
  @MethodSource("layouts")
  void anEnvelopeCutAtAnyByteIsTruncated(CipherSuite suite, DecryptionKey reader) {
    Layout layout = seal(suite, reader);
    for (int length = 0; length < layout.envelope().length; length++) {
      Attempt attempt = Attempt.open(Arrays.copyOf(layout.envelope(), length), reader);
      assertThat(attempt.reason()).as("cut to %d bytes", length).isEqualTo(TRUNCATED);
      int wholeChunks = 0;
      while (wholeChunks < 3 && length >= layout.chunkStarts()[wholeChunks + 1]) {
        wholeChunks++;
      }
      assertThat(attempt.released()).isEqualTo(Arrays.copyOf(CONTENT, wholeChunks * CHUNK));
    }
  }

  @ParameterizedTest(name = "{0}, reader {1}")
  @MethodSource("layouts")
  void partsOfAnotherEnvelopeForTheSameReadersDoNotFit(CipherSuite suite, DecryptionKey reader) {
    Layout layout = seal(suite, reader);
    byte[] other =
        Envelopes.seal(
            Envelopes.sealer(suite, CHUNK, 6),
            CONTENT,
            List.of(ECIES_READER.recipient(), SM2_READER.recipient()));
    int h = layout.headerEnd();

    byte[] otherHeader =
        concat(
            Arrays.copyOf(other, h),
            Arrays.copyOfRange(layout.envelope(), h, layout.envelope().length));
    assertRefused(otherHeader, reader, TAMPERED, 0);

    // The reader's own wrapped key from the other envelope: a valid key, for other chunks.
    byte[] spliced = layout.envelope().clone();
    int entry = layout.entryStarts()[layout.readerEntry()];
    int entryEnd = layout.readerEntry() == 0 ? layout.entryStarts()[1] : h;
    System.arraycopy(other, entry, spliced, entry, entryEnd - entry);
    assertRefused(spliced, reader, TAMPERED, 0);
  }

  private static void assertRefused(
      byte[] envelope, DecryptionKey reader, Reason reason, int chunksReleased) {
    Attempt attempt = Attempt.open(envelope, reader);
    assertThat(attempt.reason()).isEqualTo(reason);
    assertThat(attempt.released()).isEqualTo(Arrays.copyOf(CONTENT, chunksReleased * CHUNK));
  }

  private static Set<Reason> expectedForHeaderByte(Layout layout, int offset) {
    if (offset < 4) {
      return EnumSet.of(NOT_AN_ENVELOPE);
    } else if (offset == 4) {
      return EnumSet.of(UNSUPPORTED_VERSION);
    } else if (offset == 5) {
      return EnumSet.of(UNSUPPORTED_ALGORITHM);
    } else if (offset < 8) {
      return EnumSet.of(MALFORMED_HEADER);
    } else if (offset < 12) {
      // Out of range, or in range and then contradicted by the chunks (the header hash too).
      return EnumSet.of(MALFORMED_HEADER, TAMPERED);
    } else if (offset < 24) {
      return EnumSet.of(TAMPERED); // base nonce
    } else if (offset < 26) {
      // Recipient count: out of range, or the entries no longer line up.
      return EnumSet.of(MALFORMED_HEADER, UNSUPPORTED_ALGORITHM, TRUNCATED);
    }
    int e = offset < layout.entryStarts()[1] ? 0 : 1;
    int at = offset - layout.entryStarts()[e];
    if (at == 0) {
      return EnumSet.of(UNSUPPORTED_ALGORITHM); // scheme byte: no flip lands on another scheme
    } else if (at < 33) {
      return EnumSet.of(e == layout.readerEntry() ? NOT_A_RECIPIENT : TAMPERED); // key id
    } else if (at < 35) {
      return EnumSet.of(MALFORMED_HEADER); // wrapped-key length
    }
    return EnumSet.of(TAMPERED); // wrapped key: the reader's fails to unwrap, another's the hash
  }

  private static boolean insideWrappedKey(Layout layout, int offset) {
    int e = offset < layout.entryStarts()[1] ? 0 : 1;
    return offset - layout.entryStarts()[e] >= 35;
  }

  private static byte[] flip(byte[] bytes, int offset, int bit) {
    byte[] copy = bytes.clone();
    copy[offset] ^= (byte) (1 << bit);
    return copy;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
