package cn.yunxi.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * zero gas price (free gas), a free port read from Anvil's "Listening on" line.
 */
public final class AnvilNode implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");

  private final Process process;
  private final int port;
  private final long chainId;

  private AnvilNode(Process process, int port, long chainId) {
    this.process = process;
    this.port = port;
    this.chainId = chainId;
  }

  public static AnvilNode start(long chainId) throws IOException {
    Path anvil = repositoryRoot().resolve("node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    if (!Files.isExecutable(anvil)) {
      throw new IllegalStateException(anvil + " is missing: run `npm ci` at the repository root");
    }
    Process process =
        new ProcessBuilder(
                List.of(
                    anvil.toString(),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--hardfork",
                    "cancun",
                    "--chain-id",
                    Long.toString(chainId),
                    "--base-fee",
                    "0",
                    "--gas-price",
                    "0",
                    "--accounts",
                    "1"))
            .redirectErrorStream(true)
            .start();
    try {
      return new AnvilNode(process, awaitPort(process), chainId);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
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

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
