package cn.yunxi.cli.dev;

import cn.yunxi.cli.OutputOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code yunxi dev down [--wipe]}: stops the indexers, then Anvil (which writes its state, so the
 * next {@code up} finds the same chain). {@code --wipe} also deletes the state.
 */
@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description = "Stop the dev consortium; its chain and indexes are kept for the next `up`.")
public final class DevDownCommand implements Callable<Integer> {

  @Option(names = "--wipe", description = "also delete the chain, indexes, blobs and dev.json")
  boolean wipe;

  @Mixin OutputOptions output;

  @ParentCommand DevCommand dev;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DevHome home = dev.home();
    Optional<JsonNode> doc = DevJson.read(home);
    List<String> stopped = new ArrayList<>();
    // Indexers first: they would otherwise log the node's disappearance and retry.
    for (String department : indexerPidNames(home)) {
      if (new DevIndexer(home, department).process().stop(Duration.ofSeconds(15))) {
        stopped.add("indexer " + department);
      }
    }
    URI rpc = doc.map(d -> URI.create(d.path("rpc").asText())).orElse(null);
    if (new DevAnvil(home, null).stop(rpc)) {
      stopped.add("anvil");
    }
    if (wipe) {
      DevUp.deleteTree(home.dir());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("stopped", stopped);
      report.put("wiped", wipe);
      OutputOptions.printJson(out, report);
    } else {
      out.println(
          stopped.isEmpty()
              ? "the dev consortium was not running"
              : "stopped: " + String.join(", ", stopped));
      out.println(
          wipe
              ? "state deleted: " + home.dir()
              : "state kept in " + home.dir() + " (`yunxi dev up` resumes it)");
      out.flush();
    }
    return 0;
  }

  /** The departments with an indexer pid file (dev.json may be missing after an interruption). */
  private static List<String> indexerPidNames(DevHome home) throws IOException {
    Path pids = home.pidFile("x").getParent();
    if (!Files.isDirectory(pids)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(pids)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("indexer-") && n.endsWith(".pid"))
          .map(n -> n.substring("indexer-".length(), n.length() - ".pid".length()))
          .sorted()
          .toList();
    }
  }
}
