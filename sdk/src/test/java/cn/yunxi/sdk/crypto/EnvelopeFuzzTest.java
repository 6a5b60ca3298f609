package cn.yunxi.sdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the envelope parser and opener: thousands of random corruptions of valid
 * envelopes, and random byte strings (some dressed as headers to get past the first checks). Each
 * must open to exactly the original content (when the bytes did not really change) or fail with an
 * {@link EnvelopeException} — never another exception — and what it released before failing must be
 * a prefix of the original content. A failure names the seed and iteration to replay.
 */
class EnvelopeFuzzTest {
  private static final long SEED = 20261128L;
  private static final DecryptionKey ECIES = TestKeys.secp256k1("fuzz reader");
  private static final DecryptionKey SM2 = TestKeys.sm2("fuzz reader");

  private record Sample(byte[] content, byte[] envelope, DecryptionKey reader) {}

  private static List<Sample> samples() {
    List<Recipient> both = List.of(ECIES.recipient(), SM2.recipient());
    byte[] small = TestKeys.content(150, 1);
    byte[] tiny = TestKeys.content(5, 2);
    return List.of(
        sample(CipherSuite.AES_256_GCM, 16, small, both, ECIES),
        sample(CipherSuite.SM4_GCM, 32, small, both, SM2),
        sample(CipherSuite.AES_256_GCM, 64, new byte[0], List.of(SM2.recipient()), SM2),
        sample(CipherSuite.SM4_GCM, 16, tiny, List.of(ECIES.recipient()), ECIES));
  }

  private static Sample sample(
      CipherSuite suite, int chunk, byte[] content, List<Recipient> to, DecryptionKey reader) {
    return new Sample(
        content, Envelopes.seal(Envelopes.sealer(suite, chunk, chunk), content, to), reader);
  }

  @Test
  void corruptedEnvelopesFailOnlyWithEnvelopeException() {
    Random random = new Random(SEED);
    List<Sample> samples = samples();
    int refused = 0;
    Set<EnvelopeException.Reason> seen = EnumSet.noneOf(EnvelopeException.Reason.class);
    for (int i = 0; i < 6000; i++) {
      Sample sample = samples.get(random.nextInt(samples.size()));
      byte[] mutated = Mutations.apply(sample.envelope(), random);
      Attempt attempt = attempt(mutated, sample.reader(), i);
      if (Arrays.equals(mutated, sample.envelope())) {
        assertThat(attempt.reason()).as("iteration %d: unchanged bytes", i).isNull();
        assertThat(attempt.released()).isEqualTo(sample.content());
      } else {
        assertThat(attempt.reason()).as("iteration %d: changed bytes opened", i).isNotNull();
        refused++;
        seen.add(attempt.reason());
        assertThat(isPrefix(attempt.released(), sample.content()))
            .as("iteration %d: released bytes that are not the content's start", i)
            .isTrue();
      }
      assertHeaderParsesOrFailsTyped(mutated, i);
    }
    assertThat(refused).isGreaterThan(5000);
    // The mutations reach every check of the parser and the opener.
    assertThat(seen).containsExactlyInAnyOrder(EnvelopeException.Reason.values());
  }

  @Test
  void randomBytesFailOnlyWithEnvelopeException() {
    Random random = new Random(SEED + 1);
    Set<EnvelopeException.Reason> seen = EnumSet.noneOf(EnvelopeException.Reason.class);
    for (int i = 0; i < 6000; i++) {
      byte[] bytes = i % 2 == 0 ? randomBytes(random) : plausibleHeader(random);
      DecryptionKey reader = random.nextBoolean() ? ECIES : SM2;
      Attempt attempt = attempt(bytes, reader, i);
      assertThat(attempt.reason()).as("iteration %d opened random bytes", i).isNotNull();
      assertThat(attempt.released()).as("iteration %d", i).isEmpty();
      seen.add(attempt.reason());
      assertHeaderParsesOrFailsTyped(bytes, i);
    }
    assertThat(seen)
        .contains(
            EnvelopeException.Reason.NOT_AN_ENVELOPE,
            EnvelopeException.Reason.MALFORMED_HEADER,
            EnvelopeException.Reason.UNSUPPORTED_ALGORITHM,
            EnvelopeException.Reason.NOT_A_RECIPIENT,
            EnvelopeException.Reason.TAMPERED,
            EnvelopeException.Reason.TRUNCATED);
  }

  private static Attempt attempt(byte[] bytes, DecryptionKey reader, int iteration) {
    try {
      return Attempt.open(bytes, reader);
    } catch (RuntimeException | Error e) {
      throw new AssertionError(
          "seed " + SEED + " iteration " + iteration + ": " + e + " for " + hex(bytes), e);
    }
  }

  private static void assertHeaderParsesOrFailsTyped(byte[] bytes, int iteration) {
    try {
      EnvelopeOpener.readHeader(new ByteArrayInputStream(bytes));
    } catch (EnvelopeException expected) {
      // typed: fine
    } catch (RuntimeException e) {
      throw new AssertionError("readHeader, iteration " + iteration + ": " + e, e);
    }
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(400)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Magic, version 1 and mostly valid fields, then random entries and chunks. */
  private static byte[] plausibleHeader(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x59, 0x58, 0x45, 0x56, 1});
    out.write(random.nextInt(4) == 0 ? random.nextInt(256) : 1 + random.nextInt(2));
    out.writeBytes(random.nextInt(8) == 0 ? new byte[] {0, 1} : new byte[2]);
    int chunk = random.nextInt(4) == 0 ? random.nextInt() : 16 + random.nextInt(200);
    out.writeBytes(
        new byte[] {
          (byte) (chunk >>> 24), (byte) (chunk >>> 16), (byte) (chunk >>> 8), (byte) chunk
        });
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    out.writeBytes(nonce);
    int count = random.nextInt(4) == 0 ? random.nextInt(65536) : 1 + random.nextInt(3);
    out.write(count >>> 8);
    out.write(count);
    for (int e = 0; e < Math.min(count, 3); e++) {
      out.write(random.nextInt(4) == 0 ? random.nextInt(256) : 1 + random.nextInt(2));
      byte[] keyId = new byte[32];
      random.nextBytes(keyId);
      if (random.nextBoolean()) {
        keyId = (random.nextBoolean() ? ECIES : SM2).recipient().keyId().toByteArray();
      }
      out.writeBytes(keyId);
      int wrapped =
          random.nextInt(3) == 0
              ? random.nextInt(300)
              : new int[] {97, 113, 113, 129}[random.nextInt(4)];
      out.write(wrapped >>> 8);
      out.write(wrapped);
      byte[] body = new byte[random.nextInt(2) == 0 ? wrapped : random.nextInt(300)];
      random.nextBytes(body);
      if (body.length > 0 && random.nextBoolean()) {
        body[0] = 4; // looks like an uncompressed point
      }
      out.writeBytes(body);
    }
    byte[] tail = new byte[random.nextInt(200)];
    random.nextBytes(tail);
    out.writeBytes(tail);
    return out.toByteArray();
  }

  private static boolean isPrefix(byte[] prefix, byte[] of) {
    return prefix.length <= of.length
        && Arrays.equals(prefix, 0, prefix.length, of, 0, prefix.length);
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
