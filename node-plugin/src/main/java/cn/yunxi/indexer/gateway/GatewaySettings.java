package cn.yunxi.indexer.gateway;

import cn.yunxi.sdk.model.Bytes32;
import java.time.Duration;
import java.util.Objects;

/**
 * What a blob gateway is and how it hands out challenges.
 *
 * @param chainId the consortium's chain id, bound into every signature
 * @param department the department whose gateway this is, bound into every signature
 * @param challengeTtl how long a challenge may be used (it is used at most once)
 * @param maxChallenges how many unused challenges may be outstanding at once; more are refused
 *     (429) until some are used or expire, so that a flood of requests cannot fill the memory
 */
public record GatewaySettings(
    long chainId, Bytes32 department, Duration challengeTtl, int maxChallenges) {
  /** The default lifetime of a challenge. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);

  /** The default bound on outstanding challenges. */
  public static final int DEFAULT_MAX_CHALLENGES = 10_000;

  public GatewaySettings {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chainId <= 0");
    }
    Objects.requireNonNull(department, "department");
    if (department.isZero()) {
      throw new IllegalArgumentException("the gateway needs its department");
    }
    Objects.requireNonNull(challengeTtl, "challengeTtl");
    if (challengeTtl.isNegative() || challengeTtl.isZero()) {
      throw new IllegalArgumentException("challengeTtl must be positive");
    }
    if (maxChallenges < 1) {
      throw new IllegalArgumentException("maxChallenges < 1");
    }
  }

  /** A gateway with the default challenge lifetime and bound. */
  public static GatewaySettings of(long chainId, Bytes32 department) {
    return new GatewaySettings(chainId, department, DEFAULT_TTL, DEFAULT_MAX_CHALLENGES);
  }
}
