package cn.yunxi.sdk.internal.crypto;

import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.MALFORMED_HEADER;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.NOT_AN_ENVELOPE;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TRUNCATED;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.UNSUPPORTED_ALGORITHM;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.UNSUPPORTED_VERSION;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.ENTRY_FIXED_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.FIXED_HEADER_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.KEY_ID_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.MAGIC;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.NONCE_LENGTH;

import cn.yunxi.sdk.crypto.CipherSuite;
import cn.yunxi.sdk.crypto.EnvelopeException;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes and parses the envelope header (ENVELOPE.md §3). The parser reads exactly the header's
 * bytes, checks every field before it trusts the next, and so allocates at most a few hundred
 * kilobytes whatever the input claims.
 */
public final class HeaderCodec {
  private HeaderCodec() {}

  /** The header's bytes. */
  public static byte[] encode(
      CipherSuite suite, int chunkSize, byte[] baseNonce, List<Header.Entry> entries) {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(FIXED_HEADER_LENGTH + 200 * entries.size());
    byte[] fixed = new byte[FIXED_HEADER_LENGTH];
    System.arraycopy(MAGIC, 0, fixed, 0, 4);
    fixed[4] = (byte) EnvelopeFormat.VERSION;
    fixed[5] = (byte) suite.id();
    // fixed[6..8): reserved, zero
    EnvelopeFormat.putInt(fixed, 8, chunkSize);
    System.arraycopy(baseNonce, 0, fixed, 12, NONCE_LENGTH);
    fixed[24] = (byte) (entries.size() >>> 8);
    fixed[25] = (byte) entries.size();
    out.writeBytes(fixed);
    for (Header.Entry entry : entries) {
      out.write(entry.scheme().id());
      out.writeBytes(entry.keyId());
      out.write(entry.wrappedKey().length >>> 8);
      out.write(entry.wrappedKey().length);
      out.writeBytes(entry.wrappedKey());
    }
    return out.toByteArray();
  }

  /** The wrapped-key length a scheme produces for a suite's data key. */
  public static int wrappedLength(KeyWrapScheme scheme, CipherSuite suite) {
    return switch (scheme) {
      case ECIES_SECP256K1 -> EciesKeyWrap.wrappedLength(suite.keyLength());
      case SM2 -> Sm2KeyWrap.wrappedLength(suite.keyLength());
    };
  }

  /** Parses a header from the start of {@code in}, leaving the stream at the first chunk. */
  public static Header read(InputStream in) {
    ByteArrayOutputStream seen = new ByteArrayOutputStream(512);
    byte[] fixed = new byte[FIXED_HEADER_LENGTH];
    int got = StreamIo.readFully(in, fixed, 0, FIXED_HEADER_LENGTH, "the envelope header");
    int magicSeen = Math.min(got, MAGIC.length);
    if (!Arrays.equals(fixed, 0, magicSeen, MAGIC, 0, magicSeen)) {
      throw new EnvelopeException(NOT_AN_ENVELOPE, "the input does not start with \"YXEV\"");
    }
    if (got >= 5 && fixed[4] != EnvelopeFormat.VERSION) {
      throw new EnvelopeException(
          UNSUPPORTED_VERSION, "format version " + (fixed[4] & 0xff) + "; this SDK reads 1");
    }
    CipherSuite suite = got >= 6 ? CipherSuite.byId(fixed[5] & 0xff) : null;
    if (got >= 6 && suite == null) {
      throw new EnvelopeException(UNSUPPORTED_ALGORITHM, "unknown cipher suite 0x" + hex(fixed[5]));
    }
    if (got >= 8 && (fixed[6] != 0 || fixed[7] != 0)) {
      throw new EnvelopeException(MALFORMED_HEADER, "reserved bytes 6–7 are not zero");
    }
    int chunkSize = got >= 12 ? EnvelopeFormat.getInt(fixed, 8) : 0;
    if (got >= 12
        && (chunkSize < EnvelopeFormat.MIN_CHUNK_SIZE
            || chunkSize > EnvelopeFormat.MAX_CHUNK_SIZE)) {
      throw new EnvelopeException(
          MALFORMED_HEADER, "chunk size " + Integer.toUnsignedString(chunkSize) + " out of range");
    }
    if (got < FIXED_HEADER_LENGTH) {
      throw new EnvelopeException(
          TRUNCATED, "the envelope ends inside its header (" + got + " bytes)");
    }
    int count = EnvelopeFormat.getShort(fixed, 24);
    if (count < 1 || count > EnvelopeFormat.MAX_RECIPIENTS) {
      throw new EnvelopeException(MALFORMED_HEADER, "recipient count " + count + " out of range");
    }
    seen.writeBytes(fixed);
    List<Header.Entry> entries = new ArrayList<>(count);
    Set<String> ids = new HashSet<>();
    byte[] entryFixed = new byte[ENTRY_FIXED_LENGTH];
    for (int i = 0; i < count; i++) {
      readExactly(in, entryFixed, "recipient entry " + i);
      KeyWrapScheme scheme = KeyWrapScheme.byId(entryFixed[0] & 0xff);
      if (scheme == null) {
        throw new EnvelopeException(
            UNSUPPORTED_ALGORITHM,
            "recipient entry " + i + ": unknown key-wrap scheme 0x" + hex(entryFixed[0]));
      }
      int wrappedLength = EnvelopeFormat.getShort(entryFixed, 1 + KEY_ID_LENGTH);
      int expected = wrappedLength(scheme, suite);
      if (wrappedLength != expected) {
        throw new EnvelopeException(
            MALFORMED_HEADER,
            "recipient entry "
                + i
                + ": wrapped key is "
                + wrappedLength
                + " bytes, "
                + scheme
                + " with "
                + suite
                + " makes "
                + expected);
      }
      byte[] keyId = Arrays.copyOfRange(entryFixed, 1, 1 + KEY_ID_LENGTH);
      if (!ids.add(scheme + HexFormat.of().formatHex(keyId))) {
        throw new EnvelopeException(
            MALFORMED_HEADER, "recipient entry " + i + " repeats an earlier recipient");
      }
      byte[] wrapped = new byte[wrappedLength];
      readExactly(in, wrapped, "recipient entry " + i);
      seen.writeBytes(entryFixed);
      seen.writeBytes(wrapped);
      entries.add(new Header.Entry(scheme, keyId, wrapped));
    }
    byte[] baseNonce = Arrays.copyOfRange(fixed, 12, 12 + NONCE_LENGTH);
    return new Header(
        suite, chunkSize, baseNonce, List.copyOf(entries), Sha256.of(seen.toByteArray()));
  }

  private static void readExactly(InputStream in, byte[] b, String what) {
    int got = StreamIo.readFully(in, b, 0, b.length, "the envelope header");
    if (got < b.length) {
      throw new EnvelopeException(TRUNCATED, "the envelope ends inside " + what);
    }
  }

  private static String hex(byte b) {
    return HexFormat.of().toHexDigits(b);
  }
}
