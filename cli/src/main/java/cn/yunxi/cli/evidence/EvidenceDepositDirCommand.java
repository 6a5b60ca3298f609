package cn.yunxi.cli.evidence;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.Failures;
import cn.yunxi.cli.user.Refusals;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.NotAuthorisedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yunxi evidence deposit-dir DIR --case CASE}: every file under a directory, with several
 * deposits in flight (nonces are managed by the SDK) and progress on stderr. Files already on chain
 * in the case are skipped, so an interrupted run is resumed by running it again.
 */
@Command(
    name = "deposit-dir",
    mixinStandardHelpOptions = true,
    description = {
      "Deposit every file under DIR (recursively, in name order) as evidence of a case, encrypted"
          + " as by `evidence deposit`. Progress goes to stderr: a bar on a terminal, else a line"
          + " every --every files. Running it again deposits only what is missing."
    })
public final class EvidenceDepositDirCommand extends UserCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "the directory")
  Path dir;

  @Mixin DepositOptions deposit;

  @Option(
      names = "--in-flight",
      paramLabel = "N",
      defaultValue = "16",
      description = "deposits waiting for their block at once (default ${DEFAULT-VALUE})")
  int inFlight;

  /** How progress is shown. */
  enum ProgressStyle {
    AUTO,
    BAR,
    LINES
  }

  @Option(
      names = "--progress",
      paramLabel = "STYLE",
      defaultValue = "AUTO",
      description =
          "AUTO (a bar when stderr is a terminal, else lines), BAR or LINES (default ${DEFAULT-VALUE})")
  ProgressStyle progressStyle;

  @Option(
      names = "--every",
      paramLabel = "N",
      defaultValue = "10",
      description = "without a terminal, a progress line every N files (default ${DEFAULT-VALUE})")
  int every;

  private record Outcome(Path file, Depositor.Item item, String failure) {}

  @Override
  protected int run(Session s) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new CliException("no such directory: " + dir);
    }
    if (inFlight < 1 || every < 1) {
      throw CliException.usage("--in-flight and --every must be at least 1");
    }
    List<Path> files = files(dir);
    if (files.isEmpty()) {
      throw new CliException(dir + " holds no files");
    }
    long totalBytes = 0;
    for (Path f : files) {
      totalBytes += Files.size(f);
    }
    Depositor depositor = deposit.depositor(s);
    Progress progress = new Progress(err(), bar(), files.size(), totalBytes, every);
    List<CompletableFuture<Outcome>> all = new ArrayList<>();
    Deque<CompletableFuture<Outcome>> window = new ArrayDeque<>();
    for (Path f : files) {
      if (window.size() >= inFlight) {
        join(window.removeFirst());
      }
      CompletableFuture<Outcome> outcome =
          start(depositor, f, s).thenApply(o -> report(o, progress));
      window.addLast(outcome);
      all.add(outcome);
    }
    List<Outcome> outcomes = all.stream().map(EvidenceDepositDirCommand::join).toList();
    return summarise(outcomes, s);
  }

  private boolean bar() {
    return switch (progressStyle) {
      case BAR -> true;
      case LINES -> false;
      case AUTO -> cn.yunxi.cli.YunxiCli.isTerminal(err());
    };
  }

  private static CompletableFuture<Outcome> start(Depositor depositor, Path f, Session s) {
    try {
      return depositor
          .deposit(f)
          .handle(
              (item, failure) -> {
                if (failure == null) {
                  return new Outcome(f, item, null);
                }
                return new Outcome(f, null, perFile(unwrap(failure), s));
              });
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Outcome(f, null, perFile(e, s)));
    }
  }

  /**
   * The reason one file failed; a refusal that every file would meet (a role, the case) ends the
   * whole run instead.
   */
  private static String perFile(RuntimeException e, Session s) {
    boolean aboutTheFile =
        e instanceof ContractRevertException r
            && !(e instanceof NotAuthorisedException)
            && r.error().startsWith("EvidenceRegistry_");
    if (!aboutTheFile && !(e instanceof CliException)) {
      throw Refusals.explain(e, s);
    }
    return Failures.reason(Refusals.explain(e, s));
  }

  /** The outcome; a failure that ends the run is rethrown as it is, not wrapped. */
  private static Outcome join(CompletableFuture<Outcome> outcome) {
    try {
      return outcome.join();
    } catch (CompletionException e) {
      throw unwrap(e);
    }
  }

  private static RuntimeException unwrap(Throwable t) {
    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    return cause instanceof RuntimeException r ? r : new CompletionException(cause);
  }

  private static Outcome report(Outcome o, Progress progress) {
    long size;
    try {
      size = Files.size(o.file());
    } catch (IOException e) {
      size = 0;
    }
    progress.finished(size, o.item() != null && o.item().alreadyDeposited(), o.failure() != null);
    return o;
  }

  private int summarise(List<Outcome> outcomes, Session s) {
    List<Outcome> failed = outcomes.stream().filter(o -> o.failure() != null).toList();
    long already =
        outcomes.stream().filter(o -> o.item() != null && o.item().alreadyDeposited()).count();
    long deposited = outcomes.size() - failed.size() - already;
    Map<String, Object> json = object();
    json.put("case", deposit.caseRef.id());
    json.put("number", deposit.caseRef.number());
    json.put("directory", dir.toString());
    json.put("deposited", deposited);
    json.put("alreadyDeposited", already);
    json.put("failed", failed.size());
    json.put(
        "items",
        outcomes.stream()
            .map(
                o -> {
                  if (o.item() != null) {
                    return DepositOptions.json(o.item());
                  }
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("file", o.file().toString());
                  m.put("failure", o.failure());
                  return m;
                })
            .toList());
    print(
        json,
        out -> {
          out.println(
              dir
                  + ": "
                  + deposited
                  + " deposited, "
                  + already
                  + " already on chain, "
                  + failed.size()
                  + " failed — case "
                  + deposit.caseRef.describe()
                  + ", by "
                  + s.requireActor().describe());
          failed.forEach(o -> out.println("  failed " + o.file() + ": " + o.failure()));
        });
    if (!failed.isEmpty()) {
      throw new CliException(
          failed.size()
              + " of "
              + outcomes.size()
              + " files failed; first "
              + failed.get(0).file()
              + ": "
              + failed.get(0).failure());
    }
    return 0;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
