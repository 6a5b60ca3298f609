package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.OutputOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yunxi console}: the auditor console's URL and the token to sign in with. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Print the dev consortium's auditor console URL and its sign-in token.")
public final class ConsoleCommand implements Callable<Integer> {

  @Option(names = "--home", paramLabel = "DIR", description = "state directory (as for `dev`)")
  Path home;

  @Mixin OutputOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    JsonNode auditor = DevJson.require(DevHome.resolve(home)).path("auditor");
    if (!auditor.hasNonNull("console")) {
      throw new CliException("the dev consortium has no indexer to serve the console");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json) {
      Map<String, String> answer = new LinkedHashMap<>();
      answer.put("console", auditor.path("console").asText());
      answer.put("token", auditor.path("token").asText());
      OutputOptions.printJson(out, answer);
    } else {
      out.println(auditor.path("console").asText());
      out.println("sign in with the auditor token: " + auditor.path("token").asText());
      out.flush();
    }
    return 0;
  }
}
