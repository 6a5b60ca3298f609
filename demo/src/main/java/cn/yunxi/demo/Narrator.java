package cn.yunxi.demo;

import cn.yunxi.sdk.tx.Inclusion;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Prints each step as it happens — {@code [1/4 违停毁绿案] 立案 open case … ✓ 0.12 s (block 12, 0x1234…)}
 * — and turns a failing step into a {@link StepFailedException} naming it.
 */
final class Narrator {
  private final PrintStream out;
  private String scene = "准备 setup";

  Narrator(PrintStream out) {
    this.out = out;
  }

  /** Starts a scene: its steps are labelled with it. */
  void scene(int number, int of, String name, String gloss) {
    scene = number + "/" + of + " " + name;
    out.println();
    out.println("== [" + scene + "] " + gloss + " ==");
  }

  /** Starts an unnumbered section, e.g. the summary. */
  void section(String name, String gloss) {
    scene = name;
    out.println();
    out.println("== [" + scene + "] " + gloss + " ==");
  }

  /** A step whose result is a transaction: printed with its block and hash. */
  Inclusion tx(String name, String gloss, Supplier<Inclusion> action) {
    return step(name, gloss, action, Narrator::where);
  }

  /** A step; {@code detail} says what came out of it. */
  <T> T step(String name, String gloss, Supplier<T> action, Function<T, String> detail) {
    String label = "[" + scene + "] " + name + " " + gloss;
    out.print(label + " … ");
    out.flush();
    long start = System.nanoTime();
    T result;
    String said;
    try {
      result = action.get();
      said = detail.apply(result);
    } catch (RuntimeException | Error e) {
      out.println("✗");
      throw new StepFailedException(label, e);
    }
    out.println("✓ " + seconds(Duration.ofNanos(System.nanoTime() - start)) + " (" + said + ")");
    return result;
  }

  /** A line of its own, e.g. a value worth showing. */
  void note(String text) {
    out.println("    " + text);
  }

  static String where(Inclusion tx) {
    return "block " + tx.blockNumber() + ", " + shortHex(tx.transactionHash().toHex());
  }

  static String shortHex(String hex) {
    return hex.length() <= 12 ? hex : hex.substring(0, 10) + "…";
  }

  static String seconds(Duration d) {
    return String.format("%.2f s", d.toNanos() / 1e9);
  }
}
