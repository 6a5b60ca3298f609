package cn.yunxi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.network.ConsortiumLoader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo on a real Anvil with jiangbei.yaml deployed and an indexer (with gateway) for each
 * department it involves, played twice: both runs end with {@code DEMO OK} and print the timelines
 * and turnaround from the index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoScriptIT {
  private static final Path JIANGBEI =
      AnvilNode.repositoryRoot().resolve("network-config/examples/jiangbei.yaml");

  private final List<String> progress = new ArrayList<>();
  private AnvilNode anvil;
  private RunningEnvironment running;

  @BeforeAll
  void bringUp() throws Exception {
    long chainId = ConsortiumLoader.create().load(JIANGBEI).consortium().chain().chainId();
    anvil = AnvilNode.start(chainId);
    running =
        DemoEnvironments.start(
            new DemoSettings(
                URI.create(anvil.rpcUrl()),
                JIANGBEI,
                Files.createTempDirectory("yunxi-demo-it"),
                List.of("JB-ZHXZZF", "JB-JJDD", "JB-XFJY", "JB-ZFJD"),
                0),
            progress::add);
  }

  @AfterAll
  void tearDown() {
    if (running != null) {
      running.close();
    }
    if (anvil != null) {
      anvil.close();
    }
  }

  @Test
  void playsAllFourScenariosTwiceOnTheSameChain() {
    assertThat(progress).contains("bootstrap finished: the deployer has no power left");
    DemoEnvironment env = running.environment();
    assertThat(env.departments()).containsKeys("JB-ZHXZZF", "JB-JJDD", "JB-XFJY", "JB-ZFJD");
    assertThat(env.consoleUrl().toString())
        .isEqualTo(env.department("JB-ZFJD").apiUrl().resolve("/console/").toString());

    Run first = play(env);
    Run second = play(env);

    for (Run run : List.of(first, second)) {
      assertThat(run.result.ok()).as(run.text).isTrue();
      assertThat(run.result.exitCode()).isZero();
      assertThat(run.lastLine()).isEqualTo("DEMO OK");
      assertThat(run.result.caseNumbers()).hasSize(3);
      assertThat(run.text)
          .contains("[1/4 违停毁绿案] 立案 open case")
          .contains("从交警网关调取、解密并确认")
          .contains("[2/4 消防通道一件事] 交警通知车主")
          .contains("[3/4 简易程序案] 当场处罚决定")
          .contains("离线验证 verify package + file offline … ✓")
          .contains("(VERIFIED)")
          .contains("MISMATCH")
          // the summary, from the index: timeline steps, turnaround, cycle time, console
          .contains("立案 CaseOpened", "盖章答复 RequestFulfilled", "结案 CaseClosed")
          .contains("流转 CaseHandedOff", "通知当事人 NoticeRecorded")
          .contains("数据调取 request turnaround (created → fulfilled): ")
          .contains("办案周期 case cycle (opened → closed): ")
          .contains("控制台 console: " + env.consoleUrl());
    }
    assertThat(second.result.caseNumbers()).doesNotContainAnyElementsOf(first.result.caseNumbers());
    // The traffic police's duty officer is appointed once, never again on a later run.
    assertThat(second.text).doesNotContain("交警任命执勤民警");
  }

  @Test
  void aStepThatCannotBeDoneEndsTheRunWithTheStepAndTheReason() {
    DemoEnvironment full = running.environment();
    var withoutTraffic = new java.util.HashMap<>(full.departments());
    withoutTraffic.remove("JB-JJDD");
    DemoEnvironment broken =
        new DemoEnvironment(
            full.rpcUrl(),
            full.chainId(),
            full.contracts(),
            full.consortium(),
            full.keys(),
            withoutTraffic,
            full.auditorToken(),
            full.consoleUrl());

    Run run = play(broken);

    assertThat(run.result.ok()).isFalse();
    assertThat(run.result.exitCode()).isNotZero();
    assertThat(run.result.failedStep())
        .contains("[1/4 违停毁绿案] 交警盖章答复 fulfil with the stamped record, encrypted to the bureau");
    assertThat(run.lastLine())
        .startsWith("DEMO FAILED at [1/4 违停毁绿案] 交警盖章答复")
        .endsWith(
            "no indexer runs for department JB-JJDD (running: " + withoutTraffic.keySet() + ")");
    assertThat(run.text).doesNotContain("DEMO OK");
  }

  private static Run play(DemoEnvironment env) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Shown as it happens in the test log too.
    PrintStream out = new PrintStream(new Tee(bytes, System.out), true, StandardCharsets.UTF_8);
    DemoResult result = new DemoScript().run(env, out);
    out.flush();
    return new Run(result, bytes.toString(StandardCharsets.UTF_8));
  }

  private record Run(DemoResult result, String text) {
    String lastLine() {
      String[] lines = text.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  /** Writes to both streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws java.io.IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public void write(byte[] data, int off, int len) throws java.io.IOException {
      a.write(data, off, len);
      b.write(data, off, len);
    }

    @Override
    public void flush() throws java.io.IOException {
      a.flush();
      b.flush();
    }
  }
}
