package cn.yunxi.cli;

import cn.yunxi.cli.deploy.DeployCommand;
import cn.yunxi.cli.dev.ConsoleCommand;
import cn.yunxi.cli.dev.DevCommand;
import cn.yunxi.cli.network.NetworkCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code yunxi} command. Every failure ends as one line {@code yunxi: <reason>} on stderr and a
 * non-zero exit code (1: the command failed, 2: it was used wrongly); the stack trace is printed
 * only with {@code --verbose}.
 */
@Command(
    name = "yunxi",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Yunxi (云玺): the consortium chain for law-enforcement evidence.",
    subcommands = {
      NetworkCommand.class,
      DevCommand.class,
      DeployCommand.class,
      ConsoleCommand.class,
      cn.yunxi.cli.demo.DemoCommand.class,
      cn.yunxi.cli.cases.CaseCommand.class,
      cn.yunxi.cli.evidence.EvidenceCommand.class,
      cn.yunxi.cli.letter.LetterCommand.class,
      cn.yunxi.cli.request.RequestCommand.class,
      cn.yunxi.cli.index.IndexCommand.class,
      CommandLine.HelpCommand.class
    })
public final class YunxiCli implements Runnable {

  /** Exit code of a command that failed for a reason it could name. */
  public static final int FAILED = 1;

  /** Exit code of a command line picocli could not parse. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The process's own stderr writer (set by {@link #main}); null when embedded or in tests. */
  private static volatile PrintWriter processErr;

  public static void main(String[] args) {
    CommandLine cli = commandLine();
    processErr = cli.getErr();
    System.exit(cli.execute(args));
  }

  /**
   * Whether {@code err} is this process's standard error and that is a terminal (Linux: fd 2 is a
   * tty), so that progress may be redrawn in place.
   */
  public static boolean isTerminal(PrintWriter err) {
    if (err == null || err != processErr) {
      return false;
    }
    try {
      String target =
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** The configured command line: the one used by {@link #main} and by the tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new YunxiCli());
    cli.setExecutionExceptionHandler(YunxiCli::failed);
    cli.setParameterExceptionHandler(YunxiCli::misused);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** Like {@link #commandLine()}, writing to the given streams (tests capture them). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli;
  }

  @Override
  public void run() {
    // `yunxi` alone: what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    err.println("yunxi: " + Failures.reason(e));
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof CliException c ? c.exitCode() : FAILED;
  }

  private static int misused(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("yunxi: " + e.getMessage());
    err.println(
        "(see: yunxi "
            + e.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^yunxi ?", "")
            + " --help)");
    err.flush();
    return USAGE;
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
