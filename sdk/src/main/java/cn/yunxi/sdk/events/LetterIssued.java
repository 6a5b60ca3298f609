package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bureau office issued an electronic introduction letter (电子介绍信); the event carries every value
 * of the letter, so the EIP-712 {@code Letter} can be rebuilt from it.
 *
 * <p>Solidity ({@link YunxiContract#LETTERS}): {@code event LetterIssued(bytes32 indexed letterId,
 * bytes32 indexed caseId, address indexed holder, bytes32 issuerDepartment, address issuer, bytes32
 * targetDepartment, bytes32 requestId, uint256 categories, bytes32 purposeHash, uint64 validFrom,
 * uint64 validUntil, uint256 nonce, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param letterId the letter's EIP-712 digest
 * @param caseId the case
 * @param holder the officer who presents it
 * @param issuerDepartment the department whose office issued it
 * @param issuer the office member who issued (and signs) it
 * @param targetDepartment the department it is addressed to
 * @param requestId the data request it covers
 * @param categories bit mask of the data categories it covers (a {@code uint256}; see {@link
 *     cn.yunxi.sdk.model.DataCategory})
 * @param purposeHash hash of the stated purpose
 * @param validFrom start of the validity window
 * @param validUntil end of the validity window
 * @param nonce the issuer's letter counter
 * @param timestamp when it happened: the block time the contract recorded
 */
public record LetterIssued(
    EventMeta meta,
    Bytes32 letterId,
    Bytes32 caseId,
    Address holder,
    Bytes32 issuerDepartment,
    Address issuer,
    Bytes32 targetDepartment,
    Bytes32 requestId,
    BigInteger categories,
    Bytes32 purposeHash,
    Instant validFrom,
    Instant validUntil,
    BigInteger nonce,
    Instant timestamp)
    implements LetterEvent {

  public LetterIssued {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(letterId, "letterId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(issuerDepartment, "issuerDepartment");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(targetDepartment, "targetDepartment");
    Objects.requireNonNull(requestId, "requestId");
    Checks.uint256(categories, "categories");
    Objects.requireNonNull(purposeHash, "purposeHash");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Checks.uint256(nonce, "nonce");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
