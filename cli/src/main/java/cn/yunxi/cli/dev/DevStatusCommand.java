package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.OutputOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code yunxi dev status}: pings Anvil and each indexer; prints URLs, the chain head and each
 * index's checkpoint and lag. Exit code 1 when anything is down.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show whether the dev consortium's processes run, with heads and lags.")
public final class DevStatusCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin OutputOptions output;

  @ParentCommand DevCommand dev;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DevHome home = dev.home();
    JsonNode doc = DevJson.require(home);
    ObjectNode report = JSON.createObjectNode();
    int down = 0;
    int total = 1;

    URI rpc = URI.create(doc.path("rpc").asText());
    ObjectNode chain = report.putObject("chain");
    chain.put("rpc", rpc.toString());
    boolean anvilRunning = new DevAnvil(home, null).process().running().isPresent();
    chain.put("running", anvilRunning);
    try {
      chain.put("head", new RpcCalls(rpc).blockNumber());
    } catch (IOException e) {
      chain.putNull("head");
      down++;
    }

    ObjectNode indexers = report.putObject("indexers");
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("departments").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      total++;
      URI url = URI.create(e.getValue().path("index").asText());
      ObjectNode ix = indexers.putObject(e.getKey());
      ix.put("index", url.toString());
      ix.put("console", e.getValue().path("console").asText());
      ix.put("running", new DevIndexer(home, e.getKey()).process().running().isPresent());
      Optional<String> status = DevIndexer.status(url, e.getValue().path("token").asText());
      if (status.isEmpty()) {
        ix.putNull("checkpoint");
        down++;
        continue;
      }
      JsonNode s = JSON.readTree(status.get()).path("data");
      ix.put("checkpoint", s.path("checkpoint").path("number").asLong());
      ix.set("nodeHead", s.path("nodeHead"));
      ix.set("lag", s.path("lag"));
    }
    report.put("up", down == 0);

    PrintWriter out = spec.commandLine().getOut();
    if (output.json) {
      OutputOptions.printJson(out, report);
    } else {
      print(out, report);
    }
    if (down > 0) {
      throw new CliException(
          down == total
              ? "the dev consortium is down: `yunxi dev up` starts it"
              : down + " of " + total + " processes are down: `yunxi dev up` restarts them");
    }
    return 0;
  }

  private static void print(PrintWriter out, JsonNode report) {
    JsonNode chain = report.path("chain");
    out.printf(
        "%-10s %-24s %s%n",
        "chain",
        chain.path("rpc").asText(),
        chain.path("head").isNull() ? "DOWN" : "up, head " + chain.path("head").asLong());
    for (Iterator<Map.Entry<String, JsonNode>> it = report.path("indexers").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode ix = e.getValue();
      out.printf(
          "%-10s %-24s %s%n",
          e.getKey(),
          ix.path("index").asText(),
          ix.path("checkpoint").isNull()
              ? "DOWN"
              : "up, indexed "
                  + ix.path("checkpoint").asLong()
                  + ", lag "
                  + (ix.path("lag").isNumber() ? ix.path("lag").asLong() : "?"));
    }
    out.flush();
  }
}
