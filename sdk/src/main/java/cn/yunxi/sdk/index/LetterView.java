package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;

/**
 * An introduction letter as registered, and its revocation if any (null while it stands).
 *
 * @param letterId the letter (its EIP-712 digest)
 * @param caseId the case it serves
 * @param holder who may present it
 * @param issuerDepartment the issuing department
 * @param issuer who issued it
 * @param targetDepartment the department it introduces the holder to
 * @param requestId the request it is for
 * @param categories the data categories it covers (bit mask)
 * @param purposeHash hash of the stated purpose
 * @param validFrom start of validity
 * @param validUntil end of validity
 * @param nonce the issuer's nonce
 * @param issuedAt when it was registered
 * @param revokedAt when it was revoked
 * @param revokedBy who revoked it
 * @param revocationReasonHash hash of the reason
 */
public record LetterView(
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
    Bytes32 revocationReasonHash) {}
