package cn.yunxi.sdk.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A department as registered: its code, the hash of its name, whether it is active, the address of
 * its seal (the key that stamps its responses) and the public key data for it is encrypted to.
 */
public record Department(
    Bytes32 code,
    Bytes32 nameHash,
    boolean registered,
    boolean active,
    Address seal,
    int adminCount,
    byte[] encryptionKey) {
  public Department {
    Objects.requireNonNull(code, "code");
    encryptionKey = encryptionKey.clone();
  }

  @Override
  public byte[] encryptionKey() {
    return encryptionKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Department d
        && code.equals(d.code)
        && nameHash.equals(d.nameHash)
        && registered == d.registered
        && active == d.active
        && seal.equals(d.seal)
        && adminCount == d.adminCount
        && Arrays.equals(encryptionKey, d.encryptionKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, nameHash, registered, active, seal, adminCount)
        + Arrays.hashCode(encryptionKey);
  }
}
