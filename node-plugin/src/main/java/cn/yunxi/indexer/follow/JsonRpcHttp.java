package cn.yunxi.indexer.follow;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * JSON-RPC over HTTP POST with the JDK's client: request bodies in, raw answer bytes out (parsing
 * is {@link RpcJson}'s job). Several requests may be in flight at once.
 */
final class JsonRpcHttp {
  private final HttpClient http;
  private final URI endpoint;
  private final Duration timeout;

  JsonRpcHttp(HttpClient http, URI endpoint, Duration timeout) {
    this.http = Objects.requireNonNull(http, "http");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** A client for a node: HTTP/1.1 (no upgrade dance on plain http), connect timeout 5 s. */
  static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  URI endpoint() {
    return endpoint;
  }

  /** Sends {@code body}; the future completes with the answer's bytes. */
  CompletableFuture<byte[]> postAsync(String body) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(this::bodyOf);
  }

  /** Sends {@code body} and waits for the answer's bytes. */
  byte[] post(String body) throws IOException {
    return await(postAsync(body));
  }

  private byte[] bodyOf(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    if (response.statusCode() == 200 || looksLikeJson(body)) {
      // Some nodes send JSON-RPC errors with 4xx/5xx statuses: the error object says more.
      return body;
    }
    String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
    throw new CompletionException(
        new IOException("HTTP " + response.statusCode() + " from " + endpoint + ": " + text));
  }

  private static boolean looksLikeJson(byte[] body) {
    for (byte b : body) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return false;
  }

  /**
   * Waits for {@code future}, interruptibly (unlike {@code join}), and unwraps its failure: an
   * {@link IOException} or unchecked exception is rethrown as is.
   */
  static <T> T await(CompletableFuture<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting for node");
      io.initCause(e);
      throw io;
    } catch (CancellationException e) {
      throw new InterruptedIOException("request cancelled");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** Wraps a parsing step for use inside {@code thenApply}. */
  @FunctionalInterface
  interface IoFunction<A, B> {
    B apply(A a) throws IOException;
  }

  static <A, B> java.util.function.Function<A, B> unchecked(IoFunction<A, B> f) {
    return a -> {
      try {
        return f.apply(a);
      } catch (IOException e) {
        throw new CompletionException(e);
      }
    };
  }
}
