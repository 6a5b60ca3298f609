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
    super(message, cause);
    this.exitCode = YunxiCli.FAILED;
  }

  /** The process's exit code: never 0. */
  public int exitCode() {
    return exitCode;
  }
}
