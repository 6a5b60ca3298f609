package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A department joined the consortium: at the bootstrap, or by an executed add-department proposal.
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event DepartmentRegistered(bytes32 indexed
 * department, bytes32 nameHash, address seal, bytes encryptionKey, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param department the department code (ASCII, left-aligned)
 * @param nameHash keccak-256 of the department's name
 * @param seal the address of the department's seal key, which stamps data responses
 * @param encryptionKey the public key data for the department is encrypted to (33, 64 or 65 bytes)
 * @param timestamp when it happened: the block time the contract recorded
 */
public record DepartmentRegistered(
    EventMeta meta,
    Bytes32 department,
    Bytes32 nameHash,
    Address seal,
    byte[] encryptionKey,
    Instant timestamp)
    implements ConsortiumEvent {

  public DepartmentRegistered {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(nameHash, "nameHash");
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
    return o instanceof DepartmentRegistered other
        && meta.equals(other.meta)
        && department.equals(other.department)
        && nameHash.equals(other.nameHash)
        && seal.equals(other.seal)
        && Arrays.equals(encryptionKey, other.encryptionKey)
        && timestamp.equals(other.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        meta, department, nameHash, seal, Arrays.hashCode(encryptionKey), timestamp);
  }

  @Override
  public String toString() {
    return "DepartmentRegistered[meta="
        + meta
        + ", department="
        + department
        + ", nameHash="
        + nameHash
        + ", seal="
        + seal
        + ", encryptionKey=0x"
        + HexFormat.of().formatHex(encryptionKey)
        + ", timestamp="
        + timestamp
        + "]";
  }
}
