package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;

/**
 * An introduction letter as registered, and its revocation if any (revocation fields null while it
 * stands).
 *
 * @param letterId the letter (its EIP-712 digest)
 * @param caseId the case it serves
 * @param holder who may present it
 * @param issuerDepartment the issuing department
 * @param issuer the office member who issued it
 * @param targetDepartment the department it introduces the holder to
 * @param requestId the request it is for
 * @param categories the data categories it covers
 * @param purposeHash hash of the stated purpose
 * @param validFrom start of validity
 * @param validUntil end of validity
 * @param nonce the issuer's nonce
 * @param issuedAt when it was registered
 * @param revokedAt when it was revoked, or null
 * @param revokedBy who revoked it, or null
 * @param revocationReasonHash hash of the reason, or null
 */
public record LetterState(
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
    Instant issuedAt,
    Instant revokedAt,
    Address revokedBy,
    Bytes32 revocationReasonHash) {

  /** This letter, revoked. */
  LetterState revoked(Instant at, Address by, Bytes32 reasonHash) {
    return new LetterState(
        letterId,
        caseId,
        holder,
        issuerDepartment,
        issuer,
        targetDepartment,
        requestId,
        categories,
        purposeHash,
        validFrom,
        validUntil,
        nonce,
        issuedAt,
        at,
        by,
        reasonHash);
  }
}
