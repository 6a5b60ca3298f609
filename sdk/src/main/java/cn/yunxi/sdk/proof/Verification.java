package cn.yunxi.sdk.proof;

import java.util.Objects;

/**
 * The outcome of verifying an evidence package against a file.
 *
 * @param verdict what was concluded
 * @param reason a sentence for a human: what held, or which link broke and why
 */
public record Verification(Verdict verdict, String reason) {
  public Verification {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether the verdict is {@link Verdict#VERIFIED} — the only one that proves anything. */
  public boolean isVerified() {
    return verdict == Verdict.VERIFIED;
  }

  @Override
  public String toString() {
    return verdict + ": " + reason;
  }
}
