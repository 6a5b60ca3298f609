package cn.yunxi.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a demo run ended.
 *
 * @param ok whether every scenario and check passed
 * @param failedStep the step that failed, if any
 * @param reason why it failed, if it did
 * @param caseNumbers the case numbers this run opened (unique per run)
 * @param elapsed how long the run took
 */
public record DemoResult(
    boolean ok,
    Optional<String> failedStep,
    Optional<String> reason,
    List<String> caseNumbers,
    Duration elapsed) {
  public DemoResult {
    caseNumbers = List.copyOf(caseNumbers);
  }

  static DemoResult passed(List<String> caseNumbers, Duration elapsed) {
    return new DemoResult(true, Optional.empty(), Optional.empty(), caseNumbers, elapsed);
  }

  static DemoResult failed(String step, String reason, List<String> caseNumbers, Duration elapsed) {
    return new DemoResult(false, Optional.of(step), Optional.of(reason), caseNumbers, elapsed);
  }

  /** The process exit code: 0 when the demo passed, 1 otherwise. */
  public int exitCode() {
    return ok ? 0 : 1;
  }
}
