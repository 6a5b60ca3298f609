package cn.yunxi.sdk.crypto;

/**
 * How an envelope's data key is encrypted for one reader. The id is the byte written in each
 * recipient entry of the envelope header (see {@code sdk/ENVELOPE.md}).
 */
public enum KeyWrapScheme {
  /**
   * ECIES on secp256k1: an ephemeral key, ECDH, HKDF-SHA256 and AES-256-GCM. The default, and the
   * curve of the members' chain keys.
   */
  ECIES_SECP256K1(0x01, "secp256k1"),
  /** SM2 public-key encryption (GB/T 32918.4) on sm2p256v1 with SM3, ciphertext as C1‖C3‖C2. */
  SM2(0x02, "sm2p256v1");

  private final int id;
  private final String curveName;

  KeyWrapScheme(int id, String curveName) {
    this.id = id;
    this.curveName = curveName;
  }

  /** The header byte that names this scheme. */
  public int id() {
    return id;
  }

  /** The name of the scheme's elliptic curve (SEC 2 / GM/T 0003 naming). */
  public String curveName() {
    return curveName;
  }

  /** The scheme with this header byte, or {@code null} if none has it. */
  public static KeyWrapScheme byId(int id) {
    for (KeyWrapScheme scheme : values()) {
      if (scheme.id == id) {
        return scheme;
      }
    }
    return null;
  }
}
