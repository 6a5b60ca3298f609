package cn.yunxi.sdk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A penalty decision (处罚决定) as recorded on chain.
 *
 * @param fineFen the fine in fen (分); zero for a penalty without a fine
 * @param paymentDue when the fine must be paid; null iff there is no fine
 * @param reviewDeadline end of the administrative review / litigation period
 */
public record Decision(
    Bytes32 decisionHash,
    Bytes32 provisionsHash,
    long fineFen,
    Instant paymentDue,
    Instant reviewDeadline) {
  public Decision {
    Objects.requireNonNull(decisionHash, "decisionHash");
    Objects.requireNonNull(provisionsHash, "provisionsHash");
    Objects.requireNonNull(reviewDeadline, "reviewDeadline");
    if (fineFen < 0) {
      throw new IllegalArgumentException("fineFen < 0");
    }
    if ((fineFen == 0) != (paymentDue == null)) {
      throw new IllegalArgumentException("paymentDue must be set exactly when there is a fine");
    }
  }
}
