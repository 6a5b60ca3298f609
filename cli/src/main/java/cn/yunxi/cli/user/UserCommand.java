package cn.yunxi.cli.user;

import cn.yunxi.cli.OutputOptions;
import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A user command: opens a {@link Session} from the shared options, runs, and turns the SDK's
 * refusals into one-line reasons ({@link Refusals}). Output is text for people, or one JSON
 * document with {@code --json}.
 */
public abstract class UserCommand implements Callable<Integer> {
  @Mixin protected UserOptions user;

  @Mixin protected OutputOptions output;

  @Spec protected CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    try (Session session = new Session(user, err())) {
      try {
        return run(session);
      } catch (YunxiException | IllegalArgumentException | IllegalStateException e) {
        throw Refusals.explain(e, session);
      }
    }
  }

  /** The command itself; returns the exit code. */
  protected abstract int run(Session session) throws Exception;

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints {@code json} with {@code --json}, else what {@code text} writes. */
  protected void print(Object json, Consumer<PrintWriter> text) {
    PrintWriter out = out();
    if (output.json) {
      OutputOptions.printJson(out, json);
    } else {
      text.accept(out);
      out.flush();
    }
  }

  /** A JSON object to fill, in insertion order. */
  protected static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** {@code {"transaction": …, "block": …}}. */
  protected static Map<String, Object> tx(Inclusion inclusion) {
    Map<String, Object> m = object();
    m.put("transaction", inclusion.transactionHash());
    m.put("block", inclusion.blockNumber());
    m.put("blockHash", inclusion.blockHash());
    return m;
  }
}
