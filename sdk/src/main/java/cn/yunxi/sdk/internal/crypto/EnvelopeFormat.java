package cn.yunxi.sdk.internal.crypto;

/**
 * The constants of envelope format version 1 (sdk/ENVELOPE.md) and its per-chunk nonce and AAD
 * derivation. Every size here is in bytes; every integer is big-endian.
 */
public final class EnvelopeFormat {
  /** "YXEV". */
  public static final byte[] MAGIC = {0x59, 0x58, 0x45, 0x56};

  public static final int VERSION = 1;

  /** magic 4, version 1, suite 1, reserved 2, chunk size 4, base nonce 12, recipient count 2. */
  public static final int FIXED_HEADER_LENGTH = 26;

  public static final int NONCE_LENGTH = 12;
  public static final int TAG_LENGTH = 16;
  public static final int KEY_ID_LENGTH = 32;

  /** scheme 1, key id 32, wrapped length 2. */
  public static final int ENTRY_FIXED_LENGTH = 35;

  public static final int MIN_CHUNK_SIZE = 16;
  public static final int MAX_CHUNK_SIZE = 4 << 20;
  public static final int DEFAULT_CHUNK_SIZE = 1 << 20;
  public static final int MAX_RECIPIENTS = 1024;

  /** The chunk prefix: bit 31 says "final chunk", bits 0–30 are the chunk's plaintext length. */
  public static final int PREFIX_LENGTH = 4;

  public static final int FINAL_FLAG = 0x8000_0000;

  /** header hash 32, chunk index 8, chunk prefix 4. */
  public static final int AAD_LENGTH = 44;

  private EnvelopeFormat() {}

  /** nonce_i = base nonce XOR (4 zero bytes ‖ uint64(i)), written into {@code nonce}. */
  public static void chunkNonce(byte[] baseNonce, long index, byte[] nonce) {
    System.arraycopy(baseNonce, 0, nonce, 0, NONCE_LENGTH);
    for (int k = 0; k < 8; k++) {
      nonce[NONCE_LENGTH - 1 - k] ^= (byte) (index >>> (8 * k));
    }
  }

  /** aad_i = header hash ‖ uint64(i) ‖ chunk prefix, written into {@code aad}. */
  public static void chunkAad(byte[] headerHash, long index, int prefix, byte[] aad) {
    System.arraycopy(headerHash, 0, aad, 0, 32);
    putLong(aad, 32, index);
    putInt(aad, 40, prefix);
  }

  public static int prefix(int plaintextLength, boolean isFinal) {
    return isFinal ? plaintextLength | FINAL_FLAG : plaintextLength;
  }

  public static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  public static void putLong(byte[] b, int off, long v) {
    putInt(b, off, (int) (v >>> 32));
    putInt(b, off + 4, (int) v);
  }

  public static int getInt(byte[] b, int off) {
    return (b[off] & 0xff) << 24
        | (b[off + 1] & 0xff) << 16
        | (b[off + 2] & 0xff) << 8
        | (b[off + 3] & 0xff);
  }

  public static int getShort(byte[] b, int off) {
    return (b[off] & 0xff) << 8 | (b[off + 1] & 0xff);
  }
}
