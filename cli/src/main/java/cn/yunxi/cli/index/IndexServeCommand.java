package cn.yunxi.cli.index;

import cn.yunxi.cli.CliException;
import cn.yunxi.indexer.IndexerMain;
import cn.yunxi.indexer.IndexerOptions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yunxi index serve …}: node-plugin's {@link IndexerMain} in the foreground with its own
 * options, until Ctrl-C. The options are handed to {@link IndexerOptions} as they are, so both
 * entry points check them alike.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the indexer in the foreground until stopped (Ctrl-C): follow the node at --rpc into"
          + " the index at --data, serve the query API, the auditor console and, with --blobs,"
          + " the department's blob gateway."
    })
public final class IndexServeCommand implements Callable<Integer> {
  @Option(
      names = "--rpc",
      required = true,
      paramLabel = "URL",
      description = "the node's JSON-RPC endpoint")
  String rpc;

  @Option(
      names = "--ws",
      paramLabel = "URL",
      description = "its WebSocket endpoint for new heads (default: the RPC URL as ws://)")
  String ws;

  @Option(
      names = "--contracts",
      required = true,
      paramLabel = "FILE",
      description = "JSON with the five contract addresses (as in dev.json)")
  Path contracts;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "the index directory (created if missing)")
  Path data;

  @Option(
      names = "--tokens",
      required = true,
      paramLabel = "FILE",
      description = "the API's bearer tokens (JSON or YAML)")
  Path tokens;

  @Option(
      names = "--blobs",
      paramLabel = "DIR",
      description = "serve this blob directory as the department's gateway")
  Path blobs;

  @Option(
      names = "--department",
      paramLabel = "CODE",
      description = "the gateway's department (with --blobs)")
  String department;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "address to listen on (default 127.0.0.1)")
  String host;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "port to listen on (default 8650; 0: any free port)")
  Integer port;

  @Option(
      names = "--confirmations",
      paramLabel = "N",
      description = "blocks to stay behind the head (default 0)")
  Long confirmations;

  @Option(
      names = "--start-block",
      paramLabel = "N",
      description = "first block to read (default 0: the deployment block is better)")
  Long startBlock;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IndexerOptions options;
    try {
      options = IndexerOptions.parse(arguments());
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(stopped::countDown, "yunxi-index-stop");
    try (IndexerMain.Running running =
        IndexerMain.start(options, lines(spec.commandLine().getOut()))) {
      Runtime.getRuntime().addShutdownHook(hook);
      stopped.await();
    } catch (java.io.IOException | RuntimeException e) {
      throw new CliException("the indexer did not start: " + cn.yunxi.cli.Failures.reason(e), e);
    }
    return 0;
  }

  private String[] arguments() {
    List<String> args = new ArrayList<>(List.of("--rpc", rpc, "--contracts", contracts.toString()));
    args.addAll(List.of("--data", data.toString(), "--tokens", tokens.toString()));
    add(args, "--ws", ws);
    add(args, "--blobs", blobs);
    add(args, "--department", department);
    add(args, "--host", host);
    add(args, "--port", port);
    add(args, "--confirmations", confirmations);
    add(args, "--start-block", startBlock);
    return args.toArray(String[]::new);
  }

  private static void add(List<String> args, String name, Object value) {
    if (value != null) {
      args.add(name);
      args.add(value.toString());
    }
  }

  /** The indexer's start-up lines onto the command's output. */
  private static PrintStream lines(PrintWriter sink) {
    return new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8) {
      @Override
      public void println(String line) {
        sink.println(line);
        sink.flush();
      }
    };
  }
}
