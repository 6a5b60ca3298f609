package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A department's admin rotated the department's seal and encryption key.
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event DepartmentKeysChanged(bytes32
 * indexed department, address seal, bytes encryptionKey, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param department the department code
 * @param seal the new seal key's address
 * @param encryptionKey the new public key data for the department is encrypted to
 * @param timestamp when it happened: the block time the contract recorded
 */
public record DepartmentKeysChanged(
    EventMeta meta, Bytes32 department, Address seal, byte[] encryptionKey, Instant timestamp)
    implements ConsortiumEvent {

  public DepartmentKeysChanged {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(seal, "seal");
    encryptionKey = Objects.requireNonNull(encryptionKey, "encryptionKey").clone();
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }

  /** A copy of {@code encryptionKey}. */
  @Override
  public byte[] encryptionKey() {
    return encryptionKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DepartmentKeysChanged other
        && meta.equals(other.meta)
        && department.equals(other.department)
        && seal.equals(other.seal)
        && Arrays.equals(encryptionKey, other.encryptionKey)
        && timestamp.equals(other.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meta, department, seal, Arrays.hashCode(encryptionKey), timestamp);
  }

  @Override
  public String toString() {
    return "DepartmentKeysChanged[meta="
        + meta
        + ", department="
        + department
        + ", seal="
        + seal
        + ", encryptionKey=0x"
        + HexFormat.of().formatHex(encryptionKey)
        + ", timestamp="
        + timestamp
        + "]";
  }
}
