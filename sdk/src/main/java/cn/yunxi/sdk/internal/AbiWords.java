package cn.yunxi.sdk.internal;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.bouncycastle.jcajce.provider.digest.Keccak;

/**
 * Solidity's {@code abi.encode} of static values (32-byte words, numbers and addresses left-padded)
 * and keccak-256 — enough to recompute on-chain ids and commitments exactly.
 */
public final class AbiWords {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public AbiWords add(Bytes32 value) {
    out.writeBytes(value.toByteArray());
    return this;
  }

  public AbiWords add(Address value) {
    out.writeBytes(new byte[12]);
    out.writeBytes(value.toByteArray());
    return this;
  }

  /** An unsigned integer of any width up to 256 bits. */
  public AbiWords add(long unsigned) {
    return add(BigInteger.valueOf(unsigned));
  }

  public AbiWords add(BigInteger unsigned) {
    if (unsigned.signum() < 0 || unsigned.bitLength() > 256) {
      throw new IllegalArgumentException("not a uint256: " + unsigned);
    }
    byte[] word = new byte[32];
    byte[] raw = unsigned.toByteArray();
    int skip = raw.length > 32 ? raw.length - 32 : 0;
    System.arraycopy(raw, skip, word, 32 - (raw.length - skip), raw.length - skip);
    out.writeBytes(word);
    return this;
  }

  public byte[] encoded() {
    return out.toByteArray();
  }

  public Bytes32 keccak() {
    return Bytes32.of(keccak256(out.toByteArray()));
  }

  public static byte[] keccak256(byte[] data) {
    return new Keccak.Digest256().digest(data);
  }
}
