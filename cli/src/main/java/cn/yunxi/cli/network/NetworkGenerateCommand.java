package cn.yunxi.cli.network;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.ConsortiumFiles;
import cn.yunxi.cli.OutputOptions;
import cn.yunxi.network.GeneratedNetwork;
import cn.yunxi.network.GeneratedNode;
import cn.yunxi.network.LoadedConsortium;
import cn.yunxi.network.NetworkConfigException;
import cn.yunxi.network.NetworkGenerator;
import cn.yunxi.network.NodeKeys;
import cn.yunxi.network.ValidationWarning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yunxi network generate CONSORTIUM.yaml --out DIR}: a front end to {@link
 * NetworkGenerator}, which validates the file and refuses to write over an existing network.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate CONSORTIUM.yaml and write its Besu network (genesis.json, one directory per node)"
          + " into DIR, which must not exist or be empty."
    })
public final class NetworkGenerateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CONSORTIUM.yaml", description = "the consortium file")
  Path consortiumFile;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "where to write the network")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "TEXT",
      description =
          "derive the node keys from TEXT (reproducible; anyone with TEXT has the keys: tests and"
              + " demos only). Default: random keys.")
  String seed;

  @Mixin OutputOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LoadedConsortium loaded;
    GeneratedNetwork network;
    try {
      loaded = ConsortiumFiles.load(consortiumFile);
      NetworkGenerator generator = NetworkGenerator.create();
      if (seed != null) {
        generator = generator.withKeys(NodeKeys.deterministic(seed));
      }
      network = generator.generate(loaded.consortium(), out);
    } catch (NetworkConfigException e) {
      // The library's messages already name the file, the field and the fix.
      throw new CliException(e.getMessage(), e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (output.json) {
      OutputOptions.printJson(stdout, summary(network));
    } else {
      print(stdout, network);
    }
    // Warnings go to stderr so that --json output stays one document.
    PrintWriter err = spec.commandLine().getErr();
    for (ValidationWarning w : network.warnings()) {
      err.println("warning: " + w);
    }
    err.flush();
    return 0;
  }

  private static void print(PrintWriter out, GeneratedNetwork network) {
    out.printf("network written to %s%n", network.directory());
    out.printf("  genesis: %s%n", network.genesisFile());
    out.printf("  %d nodes, %d validators%n", network.nodes().size(), network.validators().size());
    for (GeneratedNode node : network.nodes()) {
      out.printf(
          "  %-14s %-10s %-9s %s%s%n",
          node.name(),
          node.departmentCode(),
          node.validator() ? "validator" : "",
          node.address(),
          node.privateKeyWritten() ? "" : "  (public key only: its key stays on its host)");
    }
    out.flush();
  }

  private static Map<String, Object> summary(GeneratedNetwork network) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (GeneratedNode node : network.nodes()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("name", node.name());
      n.put("department", node.departmentCode());
      n.put("validator", node.validator());
      n.put("address", node.address());
      n.put("enode", node.enode());
      n.put("directory", node.directory().toString());
      n.put("privateKeyWritten", node.privateKeyWritten());
      nodes.add(n);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("directory", network.directory().toString());
    s.put("genesis", network.genesisFile().toString());
    s.put("validators", network.validators().stream().map(GeneratedNode::name).toList());
    s.put("nodes", nodes);
    s.put("warnings", network.warnings().stream().map(ValidationWarning::toString).toList());
    return s;
  }
}
