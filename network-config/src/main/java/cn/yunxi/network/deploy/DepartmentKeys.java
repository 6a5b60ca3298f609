package cn.yunxi.network.deploy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A department's keys as the Consortium contract stores them.
 *
 * @param seal the seal's account address ({@code 0x}, lower case): the signer of its stamps
 * @param encryptionKey the 64-byte uncompressed public key x ‖ y data for it is encrypted to
 */
public record DepartmentKeys(String seal, byte[] encryptionKey) {
  public DepartmentKeys {
    Objects.requireNonNull(seal, "seal");
    encryptionKey = encryptionKey.clone();
  }

  @Override
  public byte[] encryptionKey() {
    return encryptionKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DepartmentKeys k
        && seal.equals(k.seal)
        && Arrays.equals(encryptionKey, k.encryptionKey);
  }

  @Override
  public int hashCode() {
    return seal.hashCode() * 31 + Arrays.hashCode(encryptionKey);
  }

  @Override
  public String toString() {
    return "DepartmentKeys[seal="
        + seal
        + ", encryptionKey=0x"
        + HexFormat.of().formatHex(encryptionKey)
        + "]";
  }
}
