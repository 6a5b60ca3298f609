package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import cn.yunxi.network.Consortium;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The dev chain's Anvil: mirrors the consortium's chain ({@code DevChain.anvilArguments}), keeps
 * its state in {@code anvil-state.json} across {@code down}/{@code up}, runs detached.
 */
public final class DevAnvil {
  static final String BINARY = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";

  private final DevHome home;
  private final Path root;

  public DevAnvil(DevHome home, Path root) {
    this.home = home;
    this.root = root;
  }

  /** The detached process, recognised by the binary's path in its command line. */
  public DetachedProcess process() {
    return DetachedProcess.at(home.pidFile("anvil"), "anvil-linux-amd64/bin/anvil");
  }

  /** Starts Anvil on {@code port} and waits until it answers with the consortium's chain id. */
  public URI start(Consortium consortium, int port) throws IOException {
    Path anvil = root.resolve(BINARY);
    if (!Files.isExecutable(anvil)) {
      throw new CliException(anvil + " is missing: run `npm ci` at the repository root");
    }
    List<String> command = new ArrayList<>();
    command.addAll(List.of(anvil.toString(), "--host", "127.0.0.1", "--port", "" + port));
    command.addAll(consortium.devChain().anvilArguments(consortium.chain()));
    // In-memory history only: otherwise Anvil spills every block's state to
    // ~/.foundry/anvil/tmp, gigabytes over a long session.
    command.addAll(List.of("--prune-history", "256"));
    command.addAll(List.of("--state", home.anvilState().toString()));
    DetachedProcess process = process();
    ProcessHandle started = process.start(command, home.log("anvil"));
    URI rpc = URI.create("http://127.0.0.1:" + port);
    RpcCalls calls = new RpcCalls(rpc);
    Await.until(
        Duration.ofSeconds(30),
        calls::answers,
        () -> !started.isAlive(),
        () ->
            "anvil did not start on port "
                + port
                + " ("
                + DetachedProcess.lastLine(home.log("anvil"))
                + "): see "
                + home.log("anvil"));
    long chainId = calls.chainId();
    if (chainId != consortium.chain().chainId()) {
      throw new CliException(
          "anvil on port " + port + " has chain id " + chainId + ", not the consortium's");
    }
    return rpc;
  }

  /**
   * Stops Anvil so that it writes its state. Mining is paused first: a block mined while Anvil
   * writes the file can land in the saved accounts but not in the saved blocks (see AnvilNode in
   * the contracts' tests).
   */
  public boolean stop(URI rpc) throws IOException {
    DetachedProcess process = process();
    if (process.running().isEmpty()) {
      Files.deleteIfExists(process.pidFile());
      return false;
    }
    if (rpc != null) {
      RpcCalls calls = new RpcCalls(rpc);
      try {
        calls.call("evm_setIntervalMining", 0);
        calls.call("evm_setAutomine", false);
        calls.call("evm_mine");
      } catch (IOException e) {
        // Not answering: nothing is being mined either; stop it all the same.
      }
    }
    return process.stop(Duration.ofSeconds(20));
  }

  /**
   * Mines each transaction at once (bootstrap: tens of transactions, one after another, would take
   * a block period each), then {@link #restoreMining} goes back to the consortium's interval.
   */
  public static void mineInstantly(URI rpc) throws IOException {
    new RpcCalls(rpc).call("evm_setAutomine", true);
  }

  /** Back to the consortium's mining interval (nothing to do when it is 0: automine). */
  public static void restoreMining(URI rpc, Consortium consortium) throws IOException {
    int interval = consortium.devChain().miningIntervalSeconds();
    if (interval > 0) {
      RpcCalls calls = new RpcCalls(rpc);
      calls.call("evm_setAutomine", false);
      calls.call("evm_setIntervalMining", interval);
    }
  }
}
