package cn.yunxi.cli.demo;

import cn.yunxi.cli.ConsortiumFiles;
import cn.yunxi.cli.RepositoryRoot;
import cn.yunxi.cli.dev.DevAnvil;
import cn.yunxi.cli.dev.DevHome;
import cn.yunxi.cli.dev.FreePorts;
import cn.yunxi.demo.DemoEnvironments;
import cn.yunxi.demo.DemoResult;
import cn.yunxi.demo.DemoScript;
import cn.yunxi.demo.DemoSettings;
import cn.yunxi.demo.RunningEnvironment;
import cn.yunxi.network.Consortium;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yunxi demo}: the main job. A fresh dev consortium (Anvil mirroring the Jiangbei example,
 * contracts deployed and bootstrapped, one indexer with its gateway per department), then the four
 * scenarios played with the real SDK, a summary from the index, the console URL and {@code DEMO OK}
 * as the very last line — or the failed step and why, with a non-zero exit code.
 *
 * <p>Every run starts from an empty chain under {@code .yunxi/demo/}, so a second run works
 * whatever the first left. Library logs go to {@code .yunxi/demo/demo.log}, not the terminal:
 * nothing may follow the verdict line.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Bring a dev consortium up and play the seed's cases on it: the green-space case with a data"
          + " request to the traffic police, a fire-lane 'one thing' case, a simple-enforcement"
          + " case, and an auditor verifying an evidence package. Ends with DEMO OK."
    })
public final class DemoCommand implements Callable<Integer> {
  private static final String EXAMPLE = "network-config/examples/jiangbei.yaml";

  @Option(names = "--keep", description = "leave the chain, indexers and console running")
  boolean keep;

  @Option(
      names = "--consortium",
      paramLabel = "FILE",
      description = "the consortium file (default: " + EXAMPLE + ")")
  Path consortium;

  @Override
  public Integer call() throws Exception {
    Path root = RepositoryRoot.find();
    Path file = consortium != null ? consortium : root.resolve(EXAMPLE);
    Consortium loaded = ConsortiumFiles.load(file).consortium();
    DevHome home = new DevHome(root.resolve(".yunxi").resolve("demo"));
    PrintStream out = new PrintStream(new FileDescriptorOut(), true, StandardCharsets.UTF_8);
    DevAnvil anvil = new DevAnvil(home, root);
    anvil.stop(null); // a chain an earlier `demo --keep` left running
    deleteTree(home.dir());
    Files.createDirectories(home.dir());
    PrintStream log =
        new PrintStream(
            Files.newOutputStream(
                home.dir().resolve("demo.log"),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND),
            true,
            StandardCharsets.UTF_8);
    PrintStream terminalErr = System.err;
    System.setErr(log);
    URI rpc = null;
    try {
      out.println("云玺 Yunxi demo: starting a dev consortium from " + root.relativize(file));
      if (keep) {
        out.println("--keep: everything stays up after the demo; Ctrl-C stops it");
      }
      int port = FreePorts.preferring(loaded.devChain().port());
      rpc = anvil.start(loaded, port);
      out.println("  chain: " + rpc + " (chain id " + loaded.chain().chainId() + ")");
      DevAnvil.mineInstantly(rpc);
      DemoSettings settings = DemoSettings.of(rpc, file, home.dir().resolve("work"));
      try (RunningEnvironment env =
          DemoEnvironments.start(settings, line -> out.println("  " + line))) {
        DevAnvil.restoreMining(rpc, loaded);
        DemoResult result = new DemoScript().run(env.environment(), out);
        if (keep && result.ok()) {
          awaitInterrupt();
        }
        return result.exitCode();
      }
    } catch (RuntimeException | IOException e) {
      out.println("DEMO FAILED at setting up the dev consortium: " + e.getMessage());
      return 1;
    } finally {
      if (!keep) {
        anvil.stop(rpc);
      }
      System.setErr(terminalErr);
      log.close();
    }
  }

  private static void awaitInterrupt() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "yunxi-demo-stop"));
    stopped.await();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The process's real standard output, whatever {@code System.out} is later set to. */
  private static final class FileDescriptorOut extends OutputStream {
    private final OutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
