package cn.yunxi.sdk.model;

import cn.yunxi.sdk.internal.AbiWords;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * A cross-department data request (数据调取), exactly as the DataRequestRegistry hashes it: every step
 * of its flow passes the request itself, and {@link #requestId()} is its on-chain id.
 *
 * @param categories bit mask of {@link DataCategory} (a {@code uint256})
 * @param queryCommitment commitment to the query (e.g. a salted hash of a plate number)
 * @param salt distinguishes otherwise identical requests
 */
public record DataRequest(
    Bytes32 caseId,
    Bytes32 requesterDepartment,
    Bytes32 targetDepartment,
    BigInteger categories,
    Bytes32 queryCommitment,
    Address creator,
    Instant deadline,
    long salt) {

  public DataRequest {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(requesterDepartment, "requesterDepartment");
    Objects.requireNonNull(targetDepartment, "targetDepartment");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(queryCommitment, "queryCommitment");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(deadline, "deadline");
    if (categories.signum() <= 0 || categories.bitLength() > 256) {
      throw new IllegalArgumentException("categories must be a non-empty uint256 mask");
    }
  }

  /** {@code keccak256(abi.encode(request))}. */
  public Bytes32 requestId() {
    return new AbiWords()
        .add(caseId)
        .add(requesterDepartment)
        .add(targetDepartment)
        .add(categories)
        .add(queryCommitment)
        .add(creator)
        .add(deadline.getEpochSecond())
        .add(new BigInteger(Long.toUnsignedString(salt)))
        .keccak();
  }
}
