package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The target department's custodian fulfilled a request with the encrypted response and the
 * department seal's stamp (盖章).
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event RequestFulfilled(bytes32 indexed
 * requestId, address indexed custodian, bytes32 responseHash, bytes32 blobRef, address seal, uint64
 * stampDeadline, bytes stamp, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId the request
 * @param custodian the custodian
 * @param responseHash SHA-256 of the plaintext response
 * @param blobRef content address of the response encrypted to the requesting department
 * @param seal the target department's seal key that signed the stamp
 * @param stampDeadline the last moment the stamp could be used
 * @param stamp the seal's EIP-712 signature of {@code Stamp(requestId, responseHash, blobRef,
 *     stampDeadline)} (65 bytes r ‖ s ‖ v)
 * @param timestamp when it happened: the block time the contract recorded
 */
public record RequestFulfilled(
    EventMeta meta,
    Bytes32 requestId,
    Address custodian,
    Bytes32 responseHash,
    Bytes32 blobRef,
    Address seal,
    Instant stampDeadline,
    byte[] stamp,
    Instant timestamp)
    implements RequestEvent {

  public RequestFulfilled {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(custodian, "custodian");
    Objects.requireNonNull(responseHash, "responseHash");
    Objects.requireNonNull(blobRef, "blobRef");
    Objects.requireNonNull(seal, "seal");
    Objects.requireNonNull(stampDeadline, "stampDeadline");
    stamp = Objects.requireNonNull(stamp, "stamp").clone();
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }

  /** A copy of {@code stamp}. */
  @Override
  public byte[] stamp() {
    return stamp.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestFulfilled other
        && meta.equals(other.meta)
        && requestId.equals(other.requestId)
        && custodian.equals(other.custodian)
        && responseHash.equals(other.responseHash)
        && blobRef.equals(other.blobRef)
        && seal.equals(other.seal)
        && stampDeadline.equals(other.stampDeadline)
        && Arrays.equals(stamp, other.stamp)
        && timestamp.equals(other.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        meta,
        requestId,
        custodian,
        responseHash,
        blobRef,
        seal,
        stampDeadline,
        Arrays.hashCode(stamp),
        timestamp);
  }

  @Override
  public String toString() {
    return "RequestFulfilled[meta="
        + meta
        + ", requestId="
        + requestId
        + ", custodian="
        + custodian
        + ", responseHash="
        + responseHash
        + ", blobRef="
        + blobRef
        + ", seal="
        + seal
        + ", stampDeadline="
        + stampDeadline
        + ", stamp=0x"
        + HexFormat.of().formatHex(stamp)
        + ", timestamp="
        + timestamp
        + "]";
  }
}
