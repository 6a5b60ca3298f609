package cn.yunxi.sdk;

import java.util.Arrays;
import java.util.Objects;

/**
 * A secp256k1 ECDSA signature of a 32-byte digest: {@code r}, {@code s} (low-s) and the recovery id
 * (0 or 1).
 */
public final class Signature {
  private final byte[] r;
  private final byte[] s;
  private final int recoveryId;

  private Signature(byte[] r, byte[] s, int recoveryId) {
    this.r = r;
    this.s = s;
    this.recoveryId = recoveryId;
  }

  public static Signature of(byte[] r, byte[] s, int recoveryId) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
    if (r.length != 32 || s.length != 32) {
      throw new IllegalArgumentException("r and s must be 32 bytes each");
    }
    if (recoveryId != 0 && recoveryId != 1) {
      throw new IllegalArgumentException("recoveryId not 0 or 1: " + recoveryId);
    }
    return new Signature(r.clone(), s.clone(), recoveryId);
  }

  public byte[] r() {
    return r.clone();
  }

  public byte[] s() {
    return s.clone();
  }

  public int recoveryId() {
    return recoveryId;
  }

  /** {@code r ‖ s ‖ v} with {@code v = 27 + recoveryId}: what Solidity's ECDSA.recover takes. */
  public byte[] toBytes() {
    byte[] out = Arrays.copyOf(r, 65);
    System.arraycopy(s, 0, out, 32, 32);
    out[64] = (byte) (27 + recoveryId);
    return out;
  }
}
