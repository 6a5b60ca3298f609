package cn.yunxi.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An enforcement credential (执法证), which the contract requires for the OFFICER and CAPTAIN roles.
 *
 * @param reference the credential's number or other reference, e.g. {@code 浙江省行政执法证 330205…}; the
 *     chain stores only its hash
 * @param expires the last day on which the credential is valid
 */
public record Credential(String reference, LocalDate expires) {
  /** Expiry days end at midnight China Standard Time, where the credentials are issued. */
  public static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

  public Credential {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(expires, "expires");
  }

  /**
   * The contract's expiry: the first second (Unix time) at which the credential is no longer valid,
   * i.e. midnight UTC+8 at the end of {@link #expires()}.
   */
  public long expiresAtEpochSecond() {
    return expires.plusDays(1).atStartOfDay(CHINA_STANDARD_TIME).toEpochSecond();
  }
}
