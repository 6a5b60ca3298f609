package cn.yunxi.indexer.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * A WebSocket {@code eth_subscribe("newHeads")} subscription that reconnects by itself: after a
 * close, an error or a refused subscription it tries again after a capped backoff. It reports head
 * numbers, and that it has (re)subscribed — heads may have been missed meanwhile — and nothing
 * else: the subscription is a wake-up signal, never a data source.
 */
final class NewHeadsSocket {
  private static final System.Logger LOG = System.getLogger(NewHeadsSocket.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUBSCRIBE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}";

  private final HttpClient http;
  private final URI uri;
  private final ScheduledExecutorService scheduler;
  private final Backoff backoff;
  private final LongConsumer onHead;
  private final Runnable onSubscribed;
  private final Runnable onLost;

  private final Object lock = new Object();
  private boolean closed; // guarded by lock
  private int generation; // guarded by lock: connections before the current one are ignored
  private WebSocket socket; // guarded by lock
  private volatile boolean subscribed;
  private boolean loggedDown; // guarded by lock

  NewHeadsSocket(
      HttpClient http,
      URI uri,
      ScheduledExecutorService scheduler,
      Backoff backoff,
      LongConsumer onHead,
      Runnable onSubscribed,
      Runnable onLost) {
    this.http = http;
    this.uri = uri;
    this.scheduler = scheduler;
    this.backoff = backoff;
    this.onHead = onHead;
    this.onSubscribed = onSubscribed;
    this.onLost = onLost;
  }

  /** Whether a subscription is active right now. */
  boolean subscribed() {
    return subscribed;
  }

  void start() {
    connect();
  }

  void close() {
    WebSocket ws;
    synchronized (lock) {
      closed = true;
      generation++;
      ws = socket;
      socket = null;
    }
    subscribed = false;
    if (ws != null) {
      ws.abort();
    }
  }

  private void connect() {
    int gen;
    synchronized (lock) {
      if (closed) {
        return;
      }
      gen = ++generation;
    }
    http.newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(uri, new Listener(gen))
        .whenComplete(
            (ws, failure) -> {
              if (failure != null) {
                lost(gen, "cannot connect: " + failure);
                return;
              }
              synchronized (lock) {
                if (gen != generation) {
                  ws.abort();
                  return;
                }
                socket = ws;
              }
              ws.sendText(SUBSCRIBE, true);
            });
  }

  /** The connection {@code gen} is gone: reconnect later, once. */
  private void lost(int gen, String why) {
    long delayNanos;
    WebSocket ws;
    synchronized (lock) {
      if (closed || gen != generation) {
        return;
      }
      generation++; // later callbacks of this connection are stale
      ws = socket;
      socket = null;
      delayNanos = backoff.next().toNanos();
      if (!loggedDown) {
        loggedDown = true;
        LOG.log(
            Level.INFO, "newHeads subscription at " + uri + " lost (" + why + "); reconnecting");
      }
    }
    boolean was = subscribed;
    subscribed = false;
    if (ws != null) {
      ws.abort();
    }
    if (was) {
      onLost.run();
    }
    try {
      scheduler.schedule(this::connect, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // closed meanwhile: no reconnection wanted
    }
  }

  private void handle(int gen, String message) {
    JsonNode json;
    try {
      json = JSON.readTree(message);
    } catch (Exception e) {
      lost(gen, "unreadable message: " + e.getMessage());
      return;
    }
    if (json.path("id").asInt(-1) == 1) {
      if (json.hasNonNull("result")) {
        synchronized (lock) {
          if (gen != generation) {
            return;
          }
          backoff.reset();
          if (loggedDown) {
            loggedDown = false;
            LOG.log(Level.INFO, "newHeads subscription at " + uri + " active again");
          }
        }
        subscribed = true;
        onSubscribed.run();
      } else {
        // No subscriptions on this node or endpoint: polling covers it; try again later.
        lost(gen, "eth_subscribe refused: " + json.path("error"));
      }
      return;
    }
    if ("eth_subscription".equals(json.path("method").asText())) {
      String number = json.path("params").path("result").path("number").asText("");
      if (number.startsWith("0x") && number.length() > 2) {
        try {
          onHead.accept(Long.parseLong(number.substring(2), 16));
        } catch (NumberFormatException e) {
          LOG.log(Level.DEBUG, "ignoring a newHeads message without a block number: " + message);
        }
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final int gen;
    private final StringBuilder text = new StringBuilder();

    Listener(int gen) {
      this.gen = gen;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        handle(gen, message);
      }
      webSocket.request(1);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      lost(gen, "closed " + statusCode + " " + reason);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      lost(gen, error.toString());
    }
  }
}
