package cn.yunxi.sdk.model;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * An electronic introduction letter (电子介绍信): the EIP-712 {@code Letter} the LetterRegistry
 * registers and the issuing office member signs. Its id is its EIP-712 digest, which depends on the
 * chain and the registry's address too (see the SDK's letter operations).
 *
 * @param nonce the issuer's letter counter at issue time
 */
public record IntroductionLetter(
    Bytes32 issuerDepartment,
    Address issuer,
    Address holder,
    Bytes32 targetDepartment,
    Bytes32 caseId,
    Bytes32 requestId,
    BigInteger categories,
    Bytes32 purposeHash,
    Instant validFrom,
    Instant validUntil,
    BigInteger nonce) {

  public IntroductionLetter {
    Objects.requireNonNull(issuerDepartment, "issuerDepartment");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(targetDepartment, "targetDepartment");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(purposeHash, "purposeHash");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(nonce, "nonce");
    if (!validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException("validUntil must be after validFrom");
    }
  }
}
