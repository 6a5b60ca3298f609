package cn.yunxi.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * {@code yunxi demo}: plays four scenarios in a running dev consortium with the real SDK — the
 * seed's green-space case with its cross-department data request, the fire-lane "one thing" case, a
 * simple-enforcement case, and an auditor verifying an evidence package offline — printing each
 * step as it happens; then a summary read from the indexers, the console URL and {@code DEMO OK} as
 * the last line. A failed step ends the run with {@code DEMO FAILED at <step>: <reason>}. Every run
 * opens new case numbers, so it can be run again on the same chain.
 *
 * <pre>{@code
 * try (RunningEnvironment running = DemoEnvironments.start(settings, System.out::println)) {
 *   DemoResult result = new DemoScript().run(running.environment(), System.out);
 *   System.exit(result.exitCode());
 * }
 * }</pre>
 */
public final class DemoScript {
  static final int SCENES = 4;
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("MMddHHmmssSSS");

  /** Plays the demo in {@code env}, printing to {@code out}; never throws for a failed step. */
  public DemoResult run(DemoEnvironment env, PrintStream out) {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(out, "out");
    long start = System.nanoTime();
    String runId = RUN_ID.format(LocalDateTime.now(Summary.NINGBO));
    Narrator narrator = new Narrator(out);
    out.println(
        "云玺 Yunxi demo — consortium "
            + env.consortium().name()
            + ", chain "
            + env.chainId()
            + ", run "
            + runId);
    try (Cast cast = new Cast(env)) {
      DemoContext ctx = new DemoContext(env, cast, narrator, runId, scratch());
      try {
        narrator.scene(
            1,
            SCENES,
            SeedCaseScenario.TITLE,
            "the seed case: green space, data request to the traffic police");
        SeedCaseScenario.Outcome seed = new SeedCaseScenario(ctx).run();
        narrator.scene(
            2,
            SCENES,
            FireLaneScenario.TITLE,
            "\"one thing\": fire lane blocked, fire brigade → traffic police");
        new FireLaneScenario(ctx).run();
        narrator.scene(
            3,
            SCENES,
            SimpleEnforcementScenario.TITLE,
            "simple enforcement: decided and paid on the spot");
        new SimpleEnforcementScenario(ctx).run();
        narrator.scene(
            4, SCENES, AuditScenario.TITLE, "auditor exports and verifies an evidence package");
        new AuditScenario(ctx).run(seed);

        narrator.section("汇总", "summary");
        DepartmentNode auditNode = ctx.auditNode();
        narrator.step(
            "等待索引",
            "wait for every indexer to reach the chain head",
            () -> awaitIndexers(env),
            head -> env.departments().size() + " indexers at block " + head);
        new Summary(out, IndexWatch.client(auditNode, env.auditorToken())).print(ctx.cases);
      } catch (StepFailedException e) {
        return failed(out, e.step(), e.getMessage(), ctx, start);
      } catch (RuntimeException e) {
        return failed(out, "summary", e.toString(), ctx, start);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      out.println();
      out.println("用时 elapsed: " + Narrator.seconds(elapsed) + ", " + ctx.cases.size() + " cases");
      out.println(
          "控制台 console: " + env.consoleUrl() + " (auditor token: " + env.auditorToken() + ")");
      out.println("DEMO OK");
      out.flush();
      return DemoResult.passed(numbers(ctx), elapsed);
    }
  }

  private static DemoResult failed(
      PrintStream out, String step, String reason, DemoContext ctx, long start) {
    out.println();
    out.println("DEMO FAILED at " + step + ": " + reason);
    out.flush();
    return DemoResult.failed(
        step, reason, numbers(ctx), Duration.ofNanos(System.nanoTime() - start));
  }

  private static List<String> numbers(DemoContext ctx) {
    return ctx.cases.stream().map(PlayedCase::number).toList();
  }

  /** The chain head now, once every indexer has indexed it. */
  private static long awaitIndexers(DemoEnvironment env) {
    Web3j web3j = Web3j.build(new HttpService(env.rpcUrl()));
    long head;
    try {
      head = web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the chain head from " + env.rpcUrl(), e);
    } finally {
      web3j.shutdown();
    }
    env.departments().values().forEach(node -> IndexWatch.awaitBlock(node, head));
    return head;
  }

  private static Path scratch() {
    try {
      return Files.createTempDirectory("yunxi-demo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
