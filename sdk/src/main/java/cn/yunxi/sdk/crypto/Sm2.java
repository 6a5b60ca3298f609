package cn.yunxi.sdk.crypto;

import java.nio.charset.StandardCharsets;

/**
 * SM2 constants every Yunxi system agrees on.
 *
 * <p>SM2 <em>encryption</em> (how envelopes wrap data keys) uses no user ID. SM2
 * <em>signatures</em> (SM3withSM2) hash a user ID into Z<sub>A</sub>, and a signature only verifies
 * if signer and verifier use the same one; Yunxi uses the GM/T 0009-2012 default, which is also
 * BouncyCastle's.
 */
public final class Sm2 {
  /** The SM2 user ID for SM3withSM2 signatures: the 16 ASCII digits {@code 1234567812345678}. */
  public static final String USER_ID = "1234567812345678";

  /** The curve name (GM/T 0003.5). */
  public static final String CURVE = "sm2p256v1";

  private Sm2() {}

  /** {@link #USER_ID} as the bytes fed to Z<sub>A</sub> (ASCII). */
  public static byte[] userIdBytes() {
    return USER_ID.getBytes(StandardCharsets.US_ASCII);
  }
}
