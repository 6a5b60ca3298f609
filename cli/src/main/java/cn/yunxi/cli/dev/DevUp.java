package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.ConsortiumFiles;
import cn.yunxi.network.Consortium;
import cn.yunxi.network.Department;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.LoadedConsortium;
import cn.yunxi.network.Member;
import cn.yunxi.network.Role;
import cn.yunxi.network.ValidationWarning;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.web3j.crypto.Credentials;

/**
 * Brings the dev consortium up, doing only what is missing: Anvil (state kept in the home), the
 * deployment and bootstrap (resumed by the deployer), one indexer per department that runs a node,
 * and {@code dev.json}. Running it again when everything is up changes nothing.
 */
public final class DevUp {
  /** The dev chain's deployer: a {@code seed:} key, like every key of the example consortium. */
  public static final KeyRef DEPLOYER = KeyRef.parse("seed:deployer");

  private static final Duration INDEXER_START = Duration.ofSeconds(60);

  private final DevHome home;
  private final Path root;
  private final Consumer<String> progress;

  /**
   * @param progress receives one line per step (the command prints them on stderr)
   */
  public DevUp(DevHome home, Path root, Consumer<String> progress) {
    this.home = home;
    this.root = root;
    this.progress = progress;
  }

  /**
   * What {@link #run} did.
   *
   * @param devJson the document written to {@code dev.json}
   * @param started the processes it started (empty: everything was already up)
   * @param warnings the consortium file's validation warnings
   */
  public record Result(JsonNode devJson, List<String> started, List<ValidationWarning> warnings) {}

  /** Brings up the consortium of {@code consortiumFile}. */
  public Result run(Path consortiumFile) throws IOException {
    Path file = consortiumFile.toAbsolutePath().normalize();
    LoadedConsortium loaded = ConsortiumFiles.load(file);
    Consortium consortium = loaded.consortium();
    Optional<JsonNode> previous = DevJson.read(home);
    refuseOtherConsortium(previous, file);
    Files.createDirectories(home.dir());
    List<String> started = new ArrayList<>();

    URI rpc = anvil(consortium, previous, started);
    Deployment deployment = deploy(consortium, rpc, file.getParent());
    Map<String, String> tokens =
        DevTokens.ensure(home.tokensJson(), departmentsWithNodes(consortium));
    ObjectNode departments = indexers(consortium, rpc, deployment, tokens, previous, started);

    ObjectNode doc =
        document(file, consortium, rpc, deployment, departments, tokens, file.getParent());
    DevJson.write(home, doc);
    return new Result(doc, List.copyOf(started), loaded.warnings());
  }

  private void refuseOtherConsortium(Optional<JsonNode> previous, Path file) {
    if (previous.isEmpty()) {
      return;
    }
    String before = previous.get().path("consortium").path("file").asText();
    if (!before.isEmpty() && !before.equals(file.toString())) {
      throw new CliException(
          "the dev chain in "
              + home.dir()
              + " was made from "
              + before
              + ": run `yunxi dev down --wipe` to start over with "
              + file);
    }
  }

  private URI anvil(Consortium consortium, Optional<JsonNode> previous, List<String> started)
      throws IOException {
    DevAnvil anvil = new DevAnvil(home, root);
    if (anvil.process().running().isPresent() && previous.isPresent()) {
      URI rpc = URI.create(previous.get().path("rpc").asText());
      if (new RpcCalls(rpc).answers()) {
        return rpc;
      }
      throw new CliException(
          "anvil is running but does not answer at " + rpc + ": run `yunxi dev down` first");
    }
    int port =
        FreePorts.preferring(
            Math.max(DevJson.port(previous, "/rpc"), 0) > 0
                ? DevJson.port(previous, "/rpc")
                : consortium.devChain().port());
    progress.accept("starting anvil on port " + port);
    URI rpc = anvil.start(consortium, port);
    started.add("anvil");
    return rpc;
  }

  private Deployment deploy(Consortium consortium, URI rpc, Path keyBase) throws IOException {
    Optional<Deployment> previous = Optional.empty();
    if (Files.isRegularFile(home.deploymentJson())) {
      previous = Optional.of(Deployment.fromJson(Files.readString(home.deploymentJson())));
    }
    Credentials deployer = Keys.relativeTo(keyBase).credentials(DEPLOYER);
    Deployment deployment;
    DevAnvil.mineInstantly(rpc);
    try (Deployer d =
        Deployers.connect(
            rpc,
            consortium.chain().chainId(),
            deployer,
            Keys.relativeTo(keyBase),
            line -> progress.accept("  " + line))) {
      deployment = d.deploy(consortium, previous);
    } finally {
      DevAnvil.restoreMining(rpc, consortium);
    }
    if (previous.isPresent() && !previous.get().equals(deployment)) {
      // New contracts (the chain was lost): the old indexes describe contracts that are gone.
      progress.accept("contracts changed: rebuilding the indexes");
      stopIndexers(consortium);
      deleteTree(home.indexes());
    }
    DevJson.writeFile(home.deploymentJson(), deployment.toJson());
    DevJson.writeFile(
        home.contractsJson(), Deployment.contractsJson(deployment.contracts()).toPrettyString());
    return deployment;
  }

  private ObjectNode indexers(
      Consortium consortium,
      URI rpc,
      Deployment deployment,
      Map<String, String> tokens,
      Optional<JsonNode> previous,
      List<String> started)
      throws IOException {
    ObjectNode departments = DevJson.create();
    List<Runnable> waits = new ArrayList<>();
    for (Department d : consortium.departments()) {
      if (d.nodes().isEmpty()) {
        continue;
      }
      DevIndexer indexer = new DevIndexer(home, d.code());
      String token = tokens.get(d.code());
      int previousPort = DevJson.port(previous, "/departments/" + d.code() + "/index");
      int port;
      if (indexer.process().running().isPresent()
          && previousPort > 0
          && DevIndexer.status(DevIndexer.url(previousPort), token).isPresent()) {
        port = previousPort;
      } else {
        indexer.process().stop(Duration.ofSeconds(10));
        port = FreePorts.preferring(previousPort);
        progress.accept("starting the indexer of " + d.code() + " on port " + port);
        ProcessHandle process = indexer.start(rpc, port, deployment.deployedAtBlock());
        started.add("indexer " + d.code());
        int p = port;
        waits.add(() -> indexer.awaitReady(process, p, token, INDEXER_START));
      }
      URI url = DevIndexer.url(port);
      ObjectNode dep = departments.putObject(d.code());
      dep.put("name", d.name());
      dep.put("index", url.toString());
      dep.put("console", url.resolve("/console/").toString());
      dep.put("gateway", url.resolve("/blobs/").toString());
      dep.put("token", token);
      dep.put("blobs", home.blobs(d.code()).toString());
    }
    // Started side by side, awaited together: the JVMs warm up in parallel.
    waits.forEach(Runnable::run);
    return departments;
  }

  private void stopIndexers(Consortium consortium) throws IOException {
    for (String code : departmentsWithNodes(consortium)) {
      new DevIndexer(home, code).process().stop(Duration.ofSeconds(10));
    }
  }

  private ObjectNode document(
      Path file,
      Consortium consortium,
      URI rpc,
      Deployment deployment,
      ObjectNode departments,
      Map<String, String> tokens,
      Path keyBase) {
    ObjectNode doc = DevJson.create();
    ObjectNode source = doc.putObject("consortium");
    source.put("name", consortium.name());
    source.put("file", file.toString());
    doc.put("chainId", consortium.chain().chainId());
    doc.put("rpc", rpc.toString());
    doc.set("contracts", Deployment.contractsJson(deployment.contracts()));
    doc.put("deployedAtBlock", deployment.deployedAtBlock());
    doc.set("departments", departments);
    String auditorDepartment = auditorDepartment(consortium, departments);
    ObjectNode auditor = doc.putObject("auditor");
    auditor.put("token", tokens.get(DevTokens.AUDITOR));
    if (auditorDepartment != null) {
      auditor.put("department", auditorDepartment);
      auditor.put("index", departments.path(auditorDepartment).path("index").asText());
      auditor.put("console", departments.path(auditorDepartment).path("console").asText());
    }
    ObjectNode deployer = doc.putObject("deployer");
    deployer.put("address", Keys.relativeTo(keyBase).credentials(DEPLOYER).getAddress());
    deployer.put("privateKey", Keys.devPrivateKeyHex(DEPLOYER));
    ArrayNode members = doc.putArray("members");
    for (Department d : consortium.departments()) {
      for (Member m : d.members()) {
        ObjectNode member = members.addObject();
        member.put("name", m.name());
        member.put("department", d.code());
        ArrayNode roles = member.putArray("roles");
        m.roles().stream().sorted().map(Role::name).forEach(roles::add);
        m.accountAddress().ifPresent(a -> member.put("address", a));
        m.key().ifPresent(k -> member.put("key", k.toString()));
        m.key().map(Keys::devPrivateKeyHex).ifPresent(k -> member.put("privateKey", k));
      }
    }
    return doc;
  }

  /** The department whose node the auditor's console is served from: the auditor's own. */
  private static String auditorDepartment(Consortium consortium, ObjectNode departments) {
    for (Department d : consortium.departments()) {
      if (departments.has(d.code()) && d.members().stream().anyMatch(m -> m.has(Role.AUDITOR))) {
        return d.code();
      }
    }
    return departments.fieldNames().hasNext() ? departments.fieldNames().next() : null;
  }

  static List<String> departmentsWithNodes(Consortium consortium) {
    return consortium.departments().stream()
        .filter(d -> !d.nodes().isEmpty())
        .map(Department::code)
        .toList();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
