package cn.yunxi.demo;

import cn.yunxi.indexer.IndexerMain;
import cn.yunxi.indexer.IndexerOptions;
import cn.yunxi.network.Consortium;
import cn.yunxi.network.ConsortiumLoader;
import cn.yunxi.network.Department;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.Role;
import cn.yunxi.network.deploy.ConsortiumDeployer;
import cn.yunxi.network.deploy.Deployment;
import cn.yunxi.network.deploy.KeyResolver;
import cn.yunxi.network.deploy.PasswordSource;
import cn.yunxi.sdk.model.Bytes32;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Brings a dev consortium up on a running node: deploys (or reuses) the contracts and bootstraps
 * the departments and members of a {@code consortium.yaml}, then starts one indexer per department
 * — follower, query API, console and the department's blob gateway — in this process. The node
 * itself (Anvil) is the caller's: {@code yunxi dev up} starts it, the tests use {@code AnvilNode}.
 */
public final class DemoEnvironments {
  /** The deployer's dev key: it deploys and bootstraps, and keeps no power afterwards. */
  static final KeyRef DEPLOYER = KeyRef.parse("seed:deployer");

  private DemoEnvironments() {}

  /**
   * Deploys and starts the indexers; close the result to stop them.
   *
   * @param progress one line per step (deployment, indexers)
   * @throws IOException if the work directory or an indexer cannot be set up
   * @throws cn.yunxi.network.deploy.DeploymentException if the deployment fails
   */
  public static RunningEnvironment start(DemoSettings settings, Consumer<String> progress)
      throws IOException {
    Consortium consortium = ConsortiumLoader.create().load(settings.consortiumFile()).consortium();
    Path yamlDirectory = settings.consortiumFile().toAbsolutePath().getParent();
    KeyResolver keys = KeyResolver.create(yamlDirectory, PasswordSource.none());
    Path work = Files.createDirectories(settings.workDirectory());
    Deployment deployment = deploy(settings.rpc(), consortium, keys, work, progress);

    List<String> codes = departmentsToRun(settings, consortium);
    ApiTokens tokens = ApiTokens.loadOrCreate(work.resolve("tokens.json"), codes);
    List<IndexerMain.Running> indexers = new ArrayList<>();
    Map<String, DepartmentNode> nodes = new LinkedHashMap<>();
    try {
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        int port = settings.firstPort() == 0 ? 0 : settings.firstPort() + i;
        Path blobs = Files.createDirectories(work.resolve("blobs").resolve(code));
        IndexerOptions options =
            new IndexerOptions(
                settings.rpc(),
                Optional.empty(),
                work.resolve("deployment.json"),
                work.resolve("index").resolve(code),
                work.resolve("tokens.json"),
                Optional.of(blobs),
                Optional.of(Bytes32.fromAscii(code)),
                "127.0.0.1",
                port,
                0,
                deployment.deployedAtBlock(),
                false);
        IndexerMain.Running running = IndexerMain.start(options, lines(progress, code));
        indexers.add(running);
        URI url = running.url();
        nodes.put(code, new DepartmentNode(code, url, tokens.byDepartment().get(code), url, blobs));
      }
    } catch (IOException | RuntimeException e) {
      indexers.forEach(IndexerMain.Running::close);
      throw e;
    }
    URI console = nodes.get(consoleDepartment(consortium, codes)).consoleUrl();
    DemoEnvironment env =
        new DemoEnvironment(
            settings.rpc().toString(),
            deployment.chainId(),
            deployment.contracts(),
            consortium,
            keys,
            nodes,
            tokens.auditor(),
            console);
    return new RunningEnvironment(env, indexers);
  }

  /**
   * Deploys, or reuses the deployment saved in the work directory. A new deployment (a fresh chain)
   * makes the saved indexes stale: they are removed so that the indexers start from its block.
   */
  private static Deployment deploy(
      URI rpc, Consortium consortium, KeyResolver keys, Path work, Consumer<String> progress)
      throws IOException {
    Path file = work.resolve("deployment.json");
    Optional<Deployment> previous =
        Files.exists(file)
            ? Optional.of(Deployment.fromJson(Files.readString(file)))
            : Optional.empty();
    Deployment deployment;
    try (ConsortiumDeployer deployer =
        ConsortiumDeployer.connect(
                rpc, consortium.chain().chainId(), keys.credentials(DEPLOYER), progress)
            .withKeys(keys)) {
      deployer.onContractsDeployed(d -> save(file, d));
      deployment = deployer.deploy(consortium, previous);
    }
    if (previous.isPresent() && !previous.get().equals(deployment)) {
      deleteTree(work.resolve("index"));
    }
    save(file, deployment);
    return deployment;
  }

  private static List<String> departmentsToRun(DemoSettings settings, Consortium consortium) {
    List<String> codes =
        settings.departments().isEmpty()
            ? consortium.departments().stream().map(Department::code).toList()
            : settings.departments();
    for (String code : codes) {
      if (consortium.department(code).isEmpty()) {
        throw new IllegalArgumentException(
            "department " + code + " is not in consortium " + consortium.name());
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("no department to run an indexer for");
    }
    return codes;
  }

  /** The supervisor's console if it runs one (it verifies everything), else the first. */
  private static String consoleDepartment(Consortium consortium, List<String> codes) {
    return codes.stream()
        .filter(
            code ->
                consortium.department(code).orElseThrow().members().stream()
                    .anyMatch(m -> m.has(Role.AUDITOR)))
        .findFirst()
        .orElse(codes.get(0));
  }

  private static void save(Path file, Deployment deployment) {
    try {
      Files.writeString(file, deployment.toJson());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot save " + file, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The indexer's start-up lines, prefixed with its department, as progress lines. */
  private static PrintStream lines(Consumer<String> progress, String code) {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8) {
      @Override
      public void println(String line) {
        progress.accept(code + " " + line.strip());
      }
    };
  }
}
