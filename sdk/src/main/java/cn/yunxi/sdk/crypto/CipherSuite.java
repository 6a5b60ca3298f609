package cn.yunxi.sdk.crypto;

/**
 * The authenticated cipher that encrypts an envelope's content, chunk by chunk, under a fresh
 * random data key. The id is the byte written in the envelope header (see {@code sdk/ENVELOPE.md}).
 */
public enum CipherSuite {
  /** AES-256 in GCM mode, 96-bit nonces, 128-bit tags; a 32-byte data key. The default. */
  AES_256_GCM(0x01, 32),
  /** SM4 (GB/T 32907) in GCM mode, 96-bit nonces, 128-bit tags; a 16-byte data key. */
  SM4_GCM(0x02, 16);

  private final int id;
  private final int keyLength;

  CipherSuite(int id, int keyLength) {
    this.id = id;
    this.keyLength = keyLength;
  }

  /** The header byte that names this suite. */
  public int id() {
    return id;
  }

  /** The length in bytes of this suite's data key. */
  public int keyLength() {
    return keyLength;
  }

  /** The suite with this header byte, or {@code null} if none has it. */
  public static CipherSuite byId(int id) {
    for (CipherSuite suite : values()) {
      if (suite.id == id) {
        return suite;
      }
    }
    return null;
  }
}
