package cn.yunxi.cli.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One department's indexer process ({@code cn.yunxi.indexer.IndexerMain}): its index, API, console
 * and blob gateway, run detached on the CLI's own class path (which holds node-plugin and its
 * libraries).
 */
public final class DevIndexer {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final DevHome home;
  private final String department;

  public DevIndexer(DevHome home, String department) {
    this.home = home;
    this.department = department;
  }

  /** The detached process, recognised by its index directory (one per department). */
  public DetachedProcess process() {
    return DetachedProcess.at(
        home.pidFile("indexer-" + department), "--data " + home.index(department));
  }

  /** The API's base URL on {@code port}. */
  public static URI url(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the indexer on {@code port}; {@link #awaitReady} waits for it. */
  public ProcessHandle start(URI rpc, int port, long startBlock) throws IOException {
    Files.createDirectories(home.blobs(department));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    // A small heap and quick start: six of these run beside each other on a laptop.
    command.addAll(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add("cn.yunxi.indexer.IndexerMain");
    command.addAll(List.of("--rpc", rpc.toString()));
    command.addAll(List.of("--contracts", home.contractsJson().toString()));
    command.addAll(List.of("--data", home.index(department).toString()));
    command.addAll(List.of("--tokens", home.tokensJson().toString()));
    command.addAll(List.of("--blobs", home.blobs(department).toString()));
    command.addAll(List.of("--department", department));
    command.addAll(List.of("--port", Integer.toString(port)));
    command.addAll(List.of("--start-block", Long.toString(startBlock)));
    return process().start(command, home.log("indexer-" + department));
  }

  /** Waits until {@code GET /status} answers with {@code token}; fails if {@code process} dies. */
  public void awaitReady(ProcessHandle process, int port, String token, Duration timeout) {
    Await.until(
        timeout,
        () -> status(url(port), token).isPresent(),
        () -> !process.isAlive(),
        () ->
            "the indexer of "
                + department
                + " did not start ("
                + DetachedProcess.lastLine(home.log("indexer-" + department))
                + "): see "
                + home.log("indexer-" + department));
  }

  /** The body of {@code GET /status}, if the indexer answers it. */
  public static Optional<String> status(URI url, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(url.resolve("/status"))
            .timeout(Duration.ofSeconds(3))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    try {
      HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 ? Optional.of(answer.body()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
