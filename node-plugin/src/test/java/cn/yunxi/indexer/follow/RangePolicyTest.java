package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RangePolicyTest {
  private static final Duration FAST = Duration.ofMillis(5);
  private static final Duration SLOW = Duration.ofSeconds(5);

  @Test
  void growsWhileAnswersAreSmallAndQuickButNeverPast5000Blocks() {
    RangePolicy policy = new RangePolicy();
    assertThat(policy.span()).isEqualTo(200);
    for (int i = 0; i < 20; i++) {
      policy.succeeded(policy.span(), 10, FAST);
    }
    assertThat(policy.span()).isEqualTo(RangePolicy.MAX_BLOCKS);
    assertThatThrownBy(() -> new RangePolicy(100, 5_001, 10_000, SLOW, 64))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rangesCutShortByTheTargetDoNotGrowIt() {
    RangePolicy policy = new RangePolicy();
    policy.succeeded(1, 0, FAST); // following the head: one block at a time
    assertThat(policy.span()).isEqualTo(200);
    assertThat(policy.end(1_000, 1_000)).isEqualTo(1_000);
    assertThat(policy.end(1_000, 5_000)).isEqualTo(1_199);
  }

  @Test
  void halvesAfterAHeavyOrSlowAnswer() {
    RangePolicy policy = new RangePolicy(400, 5_000, 10_000, SLOW, 64);
    policy.succeeded(400, 25_000, FAST);
    assertThat(policy.span()).isEqualTo(200);
    policy.succeeded(200, 10, Duration.ofSeconds(6));
    assertThat(policy.span()).isEqualTo(100);
    policy.succeeded(100, 5_000, FAST); // neither small nor heavy: stays
    assertThat(policy.span()).isEqualTo(100);
  }

  @Test
  void settlesBelowAFixedCapAfterAFewRefusalsAndRarelyProbesAgain() {
    RangePolicy policy = new RangePolicy();
    long cap = 7;
    int refusals = 0;
    for (int request = 0; request < 1_000; request++) {
      long span = policy.span();
      if (span > cap) {
        refusals++;
        policy.refused(span);
      } else {
        policy.succeeded(span, 0, FAST);
      }
    }
    assertThat(policy.span()).isBetween(4L, cap);
    // ~10 to find the cap, then one probe per 64 successes.
    assertThat(refusals).isLessThan(30);
  }

  @Test
  void aRefusalBelowAWidthThatWorkedHalvesBecauseTheLimitIsInTheData() {
    RangePolicy policy = new RangePolicy(1_000, 5_000, 10_000, SLOW, 64);
    policy.succeeded(1_000, 0, FAST);
    assertThat(policy.span()).isEqualTo(2_000);
    policy.refused(2_000); // 1000 worked: settle there
    assertThat(policy.span()).isEqualTo(1_000);
    assertThat(policy.ceiling()).isEqualTo(1_000);
    policy.refused(1_000); // "more than 10000 results": a dense stretch
    assertThat(policy.span()).isEqualTo(500);
    policy.refused(500);
    policy.refused(250);
    policy.refused(125);
    assertThat(policy.span()).isEqualTo(62);
    for (int i = 0; i < 10; i++) {
      policy.refused(policy.span());
    }
    assertThat(policy.span()).isEqualTo(1);
  }

  @Test
  void theCeilingIsProbedAgainAfterManySuccesses() {
    RangePolicy policy = new RangePolicy(100, 5_000, 10_000, SLOW, 4);
    policy.succeeded(100, 0, FAST);
    policy.refused(200);
    assertThat(policy.ceiling()).isEqualTo(100);
    for (int i = 0; i < 4; i++) {
      policy.succeeded(100, 0, FAST);
    }
    assertThat(policy.ceiling()).isEqualTo(200);
    assertThat(policy.span()).isEqualTo(200);
  }

  @Test
  void recognisesRangeRefusalsByCodeAndMessage() {
    // Besu
    assertThat(
            RangePolicy.isRangeRefusal(-32005, "Requested range exceeds maximum RPC range limit"))
        .isTrue();
    assertThat(RangePolicy.isRangeRefusal(-32005, "Limit exceeded")).isTrue();
    // geth and providers
    assertThat(RangePolicy.isRangeRefusal(-32602, "block range too large")).isTrue();
    assertThat(RangePolicy.isRangeRefusal(-32000, "exceed maximum block range: 10000")).isTrue();
    assertThat(RangePolicy.isRangeRefusal(-32005, "query returned more than 10000 results"))
        .isTrue();
    assertThat(RangePolicy.isRangeRefusal(-32000, "Log response size exceeded.")).isTrue();
    assertThat(RangePolicy.isRangeRefusal(-32602, "eth_getLogs block range is too large")).isTrue();

    assertThat(RangePolicy.isRangeRefusal(-32602, "invalid argument 0: hex string without 0x"))
        .isFalse();
    assertThat(RangePolicy.isRangeRefusal(-32000, "invalid block range params")).isFalse();
    assertThat(RangePolicy.isRangeRefusal(-32005, "project ID request rate exceeded")).isFalse();
    assertThat(RangePolicy.isRangeRefusal(-32601, "Method not found")).isFalse();
    assertThat(RangePolicy.isRangeRefusal(-32000, "header not found")).isFalse();
    assertThat(RangePolicy.isRangeRefusal(-32603, null)).isFalse();
  }
}
