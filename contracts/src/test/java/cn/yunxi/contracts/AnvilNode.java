package cn.yunxi.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Anvil node for integration tests, configured like the consortium's Besu network: the
 * {@code cancun} hardfork the contracts are compiled for, a chain id of our own, zero base fee and
 * zero gas price (free gas), a block at least every second; a free port read from Anvil's
 * "Listening on" line.
 */
public final class AnvilNode implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");

  /** How long {@link #restart()} keeps the node down. */
  private static final java.time.Duration DOWNTIME = java.time.Duration.ofSeconds(1);

  private final List<String> command;
  private final long chainId;
  private volatile Process process;
  private volatile int port;

  private AnvilNode(List<String> command, long chainId) {
    this.command = command;
    this.chainId = chainId;
  }

  /** A fresh node on a free port; its chain lives and dies with the process. */
  public static AnvilNode start(long chainId) throws IOException {
    AnvilNode node = new AnvilNode(command(chainId, 0, null), chainId);
    node.launch();
    return node;
  }

  /**
   * A node that keeps its chain in {@code stateFile} (loaded at start, written on exit) on a port
   * fixed for its lifetime, so that {@link #restart()} brings the same chain back where clients
   * expect it — what a real node restart looks like to them.
   */
  public static AnvilNode startWithState(long chainId, Path stateFile) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    AnvilNode node = new AnvilNode(command(chainId, port, stateFile), chainId);
    node.launch();
    return node;
  }

  /**
   * Stops the node (writing its state file, if it has one) and starts it again. Mining is paused
   * first: Anvil writes its state file while it may be mining, and a block mined during the write
   * can land in the saved account state but not in the saved blocks — a storage slot set by a
   * transaction whose receipt and logs are gone. A real node (Besu) persists a block atomically;
   * pausing keeps this test node honest in the same way. Transactions still in the pool when it
   * stops are lost, as on a real restart, and clients must send them again.
   */
  public void restart() throws IOException {
    call("evm_setIntervalMining", "0");
    call("evm_setAutomine", "false");
    // Anvil mines one block at a time: once this block is mined, no other mining is under way.
    call("evm_mine", "");
    stop();
    // Down for a moment, as a real restart is: clients see refused connections and wait. (An
    // Anvil relaunched on the same port within milliseconds could lose a just-mined transaction's
    // logs while keeping its state change — an artefact seen here, not a behaviour of Besu.)
    java.util.concurrent.locks.LockSupport.parkNanos(DOWNTIME.toNanos());
    launch();
  }

  /** One JSON-RPC call with one raw JSON parameter; fails on an error answer. */
  private void call(String method, String param) throws IOException {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":[" + param + "]}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(rpcUrl()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      String answer =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
      if (answer.contains("\"error\"")) {
        throw new IOException(method + " failed: " + answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted during " + method, e);
    }
  }

  private static List<String> command(long chainId, int port, Path stateFile) {
    Path anvil = repositoryRoot().resolve("node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    if (!Files.isExecutable(anvil)) {
      throw new IllegalStateException(anvil + " is missing: run `npm ci` at the repository root");
    }
    List<String> command = new ArrayList<>();
    command.addAll(List.of(anvil.toString(), "--host", "127.0.0.1"));
    command.addAll(List.of("--port", Integer.toString(port), "--hardfork", "cancun"));
    command.addAll(List.of("--chain-id", Long.toString(chainId)));
    command.addAll(List.of("--base-fee", "0", "--gas-price", "0", "--accounts", "1"));
    // Mine each transaction at once, and also every second: under a burst, automine alone can
    // leave transactions pending until the next one arrives (a QBFT chain mines every period).
    command.addAll(List.of("--block-time", "1", "--mixed-mining"));
    // Keep the newest states in memory and none on disk: by default Anvil spills every block's
    // state to ~/.foundry/anvil/tmp, gigabytes per long run, left behind when it is killed.
    command.addAll(List.of("--prune-history", "256"));
    if (stateFile != null) {
      command.addAll(List.of("--state", stateFile.toString()));
    }
    return List.copyOf(command);
  }

  private void launch() throws IOException {
    Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      port = awaitPort(started);
      process = started;
    } catch (IOException | RuntimeException e) {
      started.destroyForcibly();
      throw e;
    }
  }

  /** Reads Anvil's output until it says where it listens; keeps draining it afterwards. */
  private static int awaitPort(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                String line;
                while ((line = out.readLine()) != null) {
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
                port.completeExceptionally(new IOException("anvil exited before listening"));
              } catch (IOException e) {
                port.completeExceptionally(e);
              }
            },
            "anvil-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return port.get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting anvil", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("anvil did not start: " + e.getMessage(), e);
    }
  }

  public static Path repositoryRoot() {
    String root = System.getProperty("yunxi.root");
    if (root != null) {
      return Path.of(root);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("package.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (package.json)");
    }
    return dir;
  }

  public String rpcUrl() {
    return "http://127.0.0.1:" + port;
  }

  public long chainId() {
    return chainId;
  }

  /** Stops the node gracefully (SIGTERM: Anvil writes its state file) and waits for it. */
  public void stop() {
    Process p = process;
    p.destroy();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
