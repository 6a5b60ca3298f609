package cn.yunxi.indexer.follow;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Notices new blocks and wakes the sync loop: through a WebSocket {@code newHeads} subscription
 * where the node offers one (reconnected with backoff when it drops), and by polling the head
 * number — every {@code pollInterval} while there is no subscription, every {@code safetyNet} while
 * there is one, in case it silently stalls. It only ever says "look now": the loop reads the data
 * itself from its checkpoint, so a missed notification costs latency, never blocks.
 */
public final class HeadWatcher implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(HeadWatcher.class.getName());

  /** Where the poller reads the head number, e.g. {@code ChainReader::headNumber}. */
  @FunctionalInterface
  public interface HeadSource {
    long headNumber() throws IOException;
  }

  private final HeadSource source;
  private final Runnable onNewHead;
  private final Duration pollInterval;
  private final Duration safetyNet;
  private final ScheduledExecutorService scheduler;
  private final NewHeadsSocket socket; // null: poll only

  private final Object lock = new Object();
  private ScheduledFuture<?> nextPoll; // guarded by lock
  private boolean closed; // guarded by lock
  private volatile long lastHead = -1;

  private HeadWatcher(Builder b) {
    this.source = b.source;
    this.onNewHead = b.onNewHead;
    this.pollInterval = b.pollInterval;
    this.safetyNet = b.safetyNet;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "yunxi-head-watcher");
              t.setDaemon(true);
              return t;
            });
    this.socket =
        b.webSocket == null
            ? null
            : new NewHeadsSocket(
                b.http != null ? b.http : HttpClient.newHttpClient(),
                b.webSocket,
                scheduler,
                new Backoff(b.reconnectInitial, b.reconnectMax),
                this::headSeen,
                onNewHead, // (re)subscribed: heads may have been missed, look now
                () -> pollSoon(Duration.ZERO));
  }

  /**
   * A watcher polling {@code source} and calling {@code onNewHead} (quickly; e.g. {@link
   * ChainSync#wake()}) when the head changes.
   */
  public static Builder builder(HeadSource source, Runnable onNewHead) {
    return new Builder(source, onNewHead);
  }

  /** Settings of a {@link HeadWatcher}. */
  public static final class Builder {
    private final HeadSource source;
    private final Runnable onNewHead;
    private URI webSocket;
    private HttpClient http;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration safetyNet = Duration.ofSeconds(10);
    private Duration reconnectInitial = Duration.ofMillis(200);
    private Duration reconnectMax = Duration.ofSeconds(5);

    private Builder(HeadSource source, Runnable onNewHead) {
      this.source = Objects.requireNonNull(source, "source");
      this.onNewHead = Objects.requireNonNull(onNewHead, "onNewHead");
    }

    /** Subscribe to {@code newHeads} at this ws:// or wss:// URI (default: none, poll only). */
    public Builder webSocket(URI uri) {
      this.webSocket = uri;
      return this;
    }

    /** The HTTP client for the WebSocket (default: a new one). */
    public Builder httpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /** Poll interval without a subscription (default 1 s). */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /** Poll interval while subscribed (default 10 s). */
    public Builder safetyNet(Duration interval) {
      this.safetyNet = positive(interval, "safetyNet");
      return this;
    }

    /** Delays between WebSocket reconnection attempts (default 200 ms doubling up to 5 s). */
    public Builder reconnectBackoff(Duration initial, Duration max) {
      new Backoff(initial, max); // validates
      this.reconnectInitial = initial;
      this.reconnectMax = max;
      return this;
    }

    public HeadWatcher build() {
      return new HeadWatcher(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }

  /** The ws:// (or wss://) URI of a node serving WebSocket on its HTTP port, as Anvil does. */
  public static URI webSocketOf(URI http) {
    String scheme = "https".equalsIgnoreCase(http.getScheme()) ? "wss" : "ws";
    return URI.create(scheme + http.toString().substring(http.getScheme().length()));
  }

  /** Starts polling and, if configured, subscribing. */
  public void start() {
    if (socket != null) {
      socket.start();
    }
    pollSoon(Duration.ZERO);
  }

  /** Whether a WebSocket subscription is active now. */
  public boolean subscribed() {
    return socket != null && socket.subscribed();
  }

  /** The newest head number seen, -1 before the first. */
  public long lastHead() {
    return lastHead;
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (nextPoll != null) {
        nextPoll.cancel(false);
      }
    }
    if (socket != null) {
      socket.close();
    }
    scheduler.shutdownNow();
  }

  private void headSeen(long head) {
    if (head != lastHead) {
      lastHead = head;
      onNewHead.run();
    }
  }

  private void poll() {
    try {
      headSeen(source.headNumber());
    } catch (IOException | RuntimeException e) {
      // The sync loop reports outages; here a failed poll only means "try again later".
      LOG.log(Level.DEBUG, "head poll failed: " + e);
    }
    pollSoon(subscribed() ? safetyNet : pollInterval);
  }

  /** (Re)schedules the next poll {@code delay} from now, replacing the one planned. */
  private void pollSoon(Duration delay) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      if (nextPoll != null) {
        nextPoll.cancel(false);
      }
      nextPoll = scheduler.schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
