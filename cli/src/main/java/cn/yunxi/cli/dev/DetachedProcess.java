package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process that outlives the command that started it (Anvil, an indexer): started in its own
 * session with its output in a log file, known afterwards by its pid file. A pid is trusted only
 * while its process's command line still contains {@code marker}, so a recycled pid is never
 * signalled.
 */
public final class DetachedProcess {
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final Path pidFile;
  private final String marker;

  private DetachedProcess(Path pidFile, String marker) {
    this.pidFile = pidFile;
    this.marker = marker;
  }

  /** The process recorded in {@code pidFile}, recognised by {@code marker} in its command line. */
  public static DetachedProcess at(Path pidFile, String marker) {
    return new DetachedProcess(pidFile, marker);
  }

  /**
   * Starts {@code command} detached, output appended to {@code log}, and records its pid. Wait on
   * the returned handle's liveness, not on {@link #running()}: until the child has exec'd, its
   * command line is still the spawning helper's.
   */
  public ProcessHandle start(List<String> command, Path log) throws IOException {
    Files.createDirectories(pidFile.getParent());
    Files.createDirectories(log.getParent());
    List<String> full = new ArrayList<>();
    // A session of its own: a Ctrl-C in the terminal that ran `yunxi dev up` does not reach it.
    // setsid execs in place (the child is not a group leader), so the pid stays the process's.
    if (Files.isExecutable(SETSID)) {
      full.add(SETSID.toString());
    }
    full.addAll(command);
    Process process =
        new ProcessBuilder(full)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectErrorStream(true)
            .start();
    Files.writeString(pidFile, Long.toString(process.pid()) + "\n", StandardCharsets.US_ASCII);
    return process.toHandle();
  }

  /** The running process, if the pid file names one that is still ours. */
  public Optional<ProcessHandle> running() {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isOurs);
  }

  /**
   * Whether {@code p}'s command line holds the marker. Read from /proc: the JDK's {@code
   * ProcessHandle.Info.commandLine()} gives up on command lines longer than a page (a test run's
   * class path).
   */
  private boolean isOurs(ProcessHandle p) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').contains(marker);
    } catch (IOException e) {
      return p.info().commandLine().map(c -> c.contains(marker)).orElse(false);
    }
  }

  /**
   * Stops the process with SIGTERM (Anvil writes its state file, the indexer closes its index),
   * SIGKILL after {@code grace}; removes the pid file. Returns whether a process was running.
   */
  public boolean stop(Duration grace) throws IOException {
    Optional<ProcessHandle> process = running();
    if (process.isPresent()) {
      ProcessHandle p = process.get();
      p.destroy();
      try {
        p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        p.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException("interrupted while stopping pid " + p.pid());
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      }
    }
    Files.deleteIfExists(pidFile);
    return process.isPresent();
  }

  /** The last non-blank line of {@code log} (what a process said before dying), or "". */
  public static String lastLine(Path log) {
    try (java.util.stream.Stream<String> lines = Files.lines(log)) {
      return lines.filter(l -> !l.isBlank()).reduce((a, b) -> b).map(String::strip).orElse("");
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }

  /** The pid file's path. */
  public Path pidFile() {
    return pidFile;
  }
}
