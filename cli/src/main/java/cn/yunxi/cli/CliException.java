package cn.yunxi.cli;

/**
 * A failure the command can explain in one line: printed as {@code yunxi: <message>}, never with a
 * stack trace (unless {@code --verbose}), and ends the process with {@link #exitCode()}.
 */
public class CliException extends RuntimeException {
  private final int exitCode;

  public CliException(String message) {
    this(message, null);
  }

  public CliException(String message, Throwable cause) {
    this(message, cause, YunxiCli.FAILED);
  }

  private CliException(String message, Throwable cause, int exitCode) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /**
   * A command line that parsed but makes no sense (options that exclude each other, an option
   * another one needs): exit code {@link YunxiCli#USAGE}, like a parse error.
   */
  public static CliException usage(String message) {
    return new CliException(message, null, YunxiCli.USAGE);
  }

  /** The process's exit code: never 0. */
  public int exitCode() {
    return exitCode;
  }
}
