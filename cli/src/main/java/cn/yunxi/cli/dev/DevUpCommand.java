package cn.yunxi.cli.dev;

import cn.yunxi.cli.OutputOptions;
import cn.yunxi.cli.RepositoryRoot;
import cn.yunxi.network.ValidationWarning;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code yunxi dev up [--consortium FILE]}: starts what is not running, prints the endpoints. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Start the dev consortium (or what of it is not running): Anvil mirroring the consortium's"
          + " chain, the contracts deployed and bootstrapped from the YAML, one indexer per"
          + " department with a node. Writes dev.json. Running it again changes nothing."
    })
public final class DevUpCommand implements Callable<Integer> {
  static final String EXAMPLE = "network-config/examples/jiangbei.yaml";

  @Option(
      names = "--consortium",
      paramLabel = "FILE",
      description = "the consortium file (default: the Jiangbei example, " + EXAMPLE + ")")
  Path consortium;

  @Mixin OutputOptions output;

  @ParentCommand DevCommand dev;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path root = RepositoryRoot.find();
    Path file = consortium != null ? consortium : root.resolve(EXAMPLE);
    PrintWriter err = spec.commandLine().getErr();
    DevHome home = dev.home();
    DevUp.Result result =
        new DevUp(
                home,
                root,
                line -> {
                  err.println(line);
                  err.flush();
                })
            .run(file);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json) {
      OutputOptions.printJson(out, result.devJson());
      return 0;
    }
    if (!result.warnings().isEmpty()) {
      err.printf(
          "%d warnings in %s (see `yunxi network generate`)%n", result.warnings().size(), file);
      for (ValidationWarning w : result.warnings()) {
        err.println("  warning: " + w);
      }
      err.flush();
    }
    out.println(
        result.started().isEmpty()
            ? "the dev consortium is already up: nothing changed"
            : "the dev consortium is up (started: " + String.join(", ", result.started()) + ")");
    print(out, result.devJson(), home);
    return 0;
  }

  static void print(PrintWriter out, JsonNode doc, DevHome home) {
    out.printf(
        "  chain:    %s (chain id %d)%n", doc.path("rpc").asText(), doc.path("chainId").asLong());
    out.printf("  contracts:%n");
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("contracts").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.printf("    %-10s %s%n", e.getKey(), e.getValue().asText());
    }
    out.printf("  departments:%n");
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("departments").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.printf(
          "    %-10s %s  (console %s)%n",
          e.getKey(), e.getValue().path("index").asText(), e.getValue().path("console").asText());
    }
    out.printf("  auditor console: %s%n", doc.path("auditor").path("console").asText());
    out.printf("  endpoints, addresses, dev keys and tokens: %s%n", home.devJson());
    out.flush();
  }
}
