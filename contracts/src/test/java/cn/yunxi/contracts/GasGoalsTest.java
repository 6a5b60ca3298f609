package cn.yunxi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gas goals, read from the committed forge snapshots (which the forge run in the test phase
 * keeps current: a figure that changed without its snapshot fails the build). Execution gas, as a
 * real receipt shows it; {@code SeedCaseIT} checks a real deposit receipt against the figure.
 */
class GasGoalsTest {
  private static final List<String> REQUEST_STEPS =
      List.of(
          "request_create",
          "request_approve",
          "request_bindLetter",
          "request_accept",
          "request_fulfil",
          "request_confirm");

  @Test
  void oneDepositCostsAtMost45000() throws IOException {
    assertThat(figure("DepositGas", "deposit")).isPositive().isLessThanOrEqualTo(45_000);
  }

  @Test
  void anchoringABatchCostsAtMost45000() throws IOException {
    assertThat(figure("AnchorBatchGas", "anchorBatch")).isPositive().isLessThanOrEqualTo(45_000);
  }

  @Test
  void theSixRequestStepsTogetherCostAtMost220000() throws IOException {
    long total = 0;
    for (String step : REQUEST_STEPS) {
      String file = "Request" + capitalised(step.substring("request_".length())) + "Gas";
      long gas = figure(file, step);
      assertThat(gas).as(step).isPositive();
      total += gas;
    }
    assertThat(total).isLessThanOrEqualTo(220_000);
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static long figure(String file, String name) throws IOException {
    return GasSnapshots.figure(file, name);
  }
}
