package cn.yunxi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The options every command shares: {@code --json} (one JSON document on stdout, for scripts) and
 * {@code --verbose} (stack traces on failure; read by {@link YunxiCli}'s exception handler).
 */
public final class OutputOptions {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          // Ids, addresses and times as the index API writes them: 0x hex and ISO-8601.
          .registerModule(cn.yunxi.sdk.index.IndexJson.module())
          .enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--json", description = "print one JSON document instead of text")
  public boolean json;

  @Option(names = "--verbose", description = "print the stack trace of a failure")
  public boolean verbose;

  /** Prints {@code value} as JSON. */
  public static void printJson(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CliException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
    out.flush();
  }

  /** The shared mapper (indenting), for commands that read or write JSON files. */
  public static ObjectMapper mapper() {
    return JSON;
  }
}
