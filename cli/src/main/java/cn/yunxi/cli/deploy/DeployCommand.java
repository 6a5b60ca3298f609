package cn.yunxi.cli.deploy;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.ConsortiumFiles;
import cn.yunxi.cli.OutputOptions;
import cn.yunxi.cli.dev.Deployer;
import cn.yunxi.cli.dev.Deployers;
import cn.yunxi.cli.dev.Deployment;
import cn.yunxi.cli.dev.DevJson;
import cn.yunxi.cli.dev.Keys;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.LoadedConsortium;
import cn.yunxi.network.ValidationWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.web3j.crypto.Credentials;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code yunxi deploy --rpc URL --consortium YAML}: the dev chain's deployment and bootstrap
 * against any node (Besu included). The output file doubles as the resume point: given again, its
 * contracts are reused and only the missing bootstrap steps are sent.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Deploy the contracts to the node at URL and register every department, member and role of"
          + " the consortium file. Re-running with the same --out resumes and changes nothing"
          + " that is done."
    })
public final class DeployCommand implements Callable<Integer> {

  @Option(names = "--rpc", required = true, paramLabel = "URL", description = "the node's JSON-RPC")
  URI rpc;

  @Option(
      names = "--consortium",
      required = true,
      paramLabel = "YAML",
      description = "the consortium file")
  Path consortium;

  @Option(
      names = "--deployer-key",
      paramLabel = "KEYREF",
      defaultValue = "seed:deployer",
      description =
          "the deployer's key: keystore:PATH (password from $YUNXI_KEY_PASSWORD or asked) or"
              + " seed:TEXT (dev chains only; default ${DEFAULT-VALUE})")
  String deployerKey;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "deployment.json",
      description =
          "where to write the deployment (read first, to resume; default ${DEFAULT-VALUE})")
  Path out;

  @Mixin OutputOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LoadedConsortium loaded;
    KeyRef key;
    loaded = ConsortiumFiles.load(consortium);
    try {
      key = KeyRef.parse(deployerKey);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), e);
    }
    for (ValidationWarning w : loaded.warnings()) {
      err.println("warning: " + w);
    }
    Path keyBase = consortium.toAbsolutePath().getParent();
    Keys keys = Keys.relativeTo(keyBase);
    Credentials deployer = keys.credentials(key);
    Optional<Deployment> previous = Optional.empty();
    if (Files.isRegularFile(out)) {
      try {
        previous = Optional.of(Deployment.fromJson(Files.readString(out)));
      } catch (IllegalArgumentException e) {
        throw new CliException(out + ": " + e.getMessage() + " (move it away to deploy anew)");
      }
      err.println("resuming from " + out);
    }
    Deployment deployment;
    long chainId = loaded.consortium().chain().chainId();
    try (Deployer d =
        Deployers.connect(
            rpc,
            chainId,
            deployer,
            keys,
            line -> {
              err.println(line);
              err.flush();
            })) {
      deployment = d.deploy(loaded.consortium(), previous);
    }
    DevJson.writeFile(out.toAbsolutePath(), deployment.toJson());
    PrintWriter stdout = spec.commandLine().getOut();
    if (output.json) {
      stdout.println(deployment.toJson());
    } else {
      stdout.printf("deployed on chain %d from block %d%n", chainId, deployment.deployedAtBlock());
      var c = deployment.contracts();
      stdout.printf(
          "  consortium %s%n  cases      %s%n  evidence   %s%n",
          c.consortium(), c.cases(), c.evidence());
      stdout.printf("  letters    %s%n  requests   %s%n", c.letters(), c.requests());
      stdout.printf("written to %s%n", out);
    }
    stdout.flush();
    return 0;
  }
}
