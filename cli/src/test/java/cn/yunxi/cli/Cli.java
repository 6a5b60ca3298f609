package cn.yunxi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the {@code yunxi} command in-process with captured output. */
public final class Cli {
  private Cli() {}

  /** What a run printed and returned. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** Runs {@code yunxi args…}. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        YunxiCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A test resource as a path. */
  public static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Jiangbei example consortium. */
  public static Path jiangbei() {
    return RepositoryRoot.find().resolve("network-config/examples/jiangbei.yaml");
  }
}
