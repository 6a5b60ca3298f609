package cn.yunxi.sdk.internal.anchor;

import cn.yunxi.sdk.AnchoredItem;
import cn.yunxi.sdk.EvidenceBatcher;
import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.blob.BlobStore;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Anchored;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Batch;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Item;
import cn.yunxi.sdk.internal.anchor.BatchJournal.Record;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import cn.yunxi.sdk.proof.StandardMerkleTree;
import cn.yunxi.sdk.tx.Inclusion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@link EvidenceBatcher}: a journal thread group-commits submitted items (one fsync for all
 * that arrived meanwhile) and only then acknowledges them; a scheduler cuts batches of up to {@code
 * maxItems} once full or {@code maxDelay} old, journals each batch before anchoring it, and
 * completes the items' futures with their proofs once the anchor is mined. On start it replays the
 * journal: batches found on chain are marked anchored, others are anchored again, items never
 * batched are queued again.
 */
public final class JournaledBatcher implements EvidenceBatcher {
  private static final int MAX_GROUP_COMMIT = 20_000;

  /** Puts a root on chain; and tells whether a root is already there (for recovery). */
  public interface Anchor {
    CompletableFuture<Inclusion> anchor(Bytes32 root, int itemCount, Bytes32 manifestRef);

    boolean isAnchored(Bytes32 root);
  }

  private record Submission(
      BatchLeaf leaf, CompletableFuture<Void> acknowledged, CompletableFuture<AnchoredItem> done) {}

  private final BatchJournal journal;
  private final BlobStore manifests;
  private final Anchor anchor;
  private final int maxItems;
  private final long maxDelayNanos;
  private final BlockingQueue<Submission> incoming = new LinkedBlockingQueue<>();
  private final Thread journalThread;
  private final ScheduledExecutorService scheduler;
  private final Map<Bytes32, AnchoredItem> anchored = new ConcurrentHashMap<>();

  // Guarded by this.
  private final ArrayDeque<BatchLeaf> unbatched = new ArrayDeque<>();
  private final Map<Bytes32, List<CompletableFuture<AnchoredItem>>> waiting = new HashMap<>();
  private long oldestUnbatched;
  private boolean flushRequested;
  private volatile boolean closed;

  public JournaledBatcher(
      Path journalFile, BlobStore manifests, Anchor anchor, int maxItems, Duration maxDelay) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems < 1");
    }
    this.manifests = manifests;
    this.anchor = anchor;
    this.maxItems = maxItems;
    this.maxDelayNanos = maxDelay.toNanos();
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "yunxi-batch-anchor");
              t.setDaemon(true);
              return t;
            });
    List<Record> replayed = new ArrayList<>();
    this.journal = BatchJournal.open(journalFile, replayed);
    recover(replayed);
    this.journalThread = new Thread(this::journalLoop, "yunxi-batch-journal");
    journalThread.setDaemon(true);
    journalThread.start();
    long tick = Math.max(Duration.ofMillis(5).toNanos(), Math.min(maxDelayNanos / 4, 50_000_000));
    scheduler.scheduleWithFixedDelay(this::cutIfDue, tick, tick, TimeUnit.NANOSECONDS);
  }

  // ------------------------------------------------------------------ recovery

  private void recover(List<Record> records) {
    List<BatchLeaf> items = new ArrayList<>();
    int batchedUpTo = 0;
    Map<Bytes32, List<BatchLeaf>> batches = new java.util.LinkedHashMap<>();
    java.util.Set<Bytes32> done = new java.util.HashSet<>();
    for (Record r : records) {
      if (r instanceof Item item) {
        items.add(item.leaf());
      } else if (r instanceof Batch batch) {
        batches.put(
            batch.root(), List.copyOf(items.subList(batchedUpTo, batchedUpTo + batch.count())));
        batchedUpTo += batch.count();
      } else {
        done.add(((Anchored) r).root());
      }
    }
    for (Map.Entry<Bytes32, List<BatchLeaf>> b : batches.entrySet()) {
      StandardMerkleTree tree = StandardMerkleTree.of(b.getValue());
      if (done.contains(b.getKey()) || anchor.isAnchored(b.getKey())) {
        if (!done.contains(b.getKey())) {
          journal.append(List.of(new Anchored(b.getKey())));
        }
        remember(tree, b.getValue(), null);
      } else {
        sendAnchor(tree, b.getValue());
      }
    }
    synchronized (this) {
      unbatched.addAll(items.subList(batchedUpTo, items.size()));
      oldestUnbatched = System.nanoTime();
    }
  }

  // ------------------------------------------------------------------ submission

  @Override
  public CompletableFuture<AnchoredItem> submit(NewEvidence item) {
    return submitAll(List.of(item)).get(0);
  }

  @Override
  public List<CompletableFuture<AnchoredItem>> submitAll(List<NewEvidence> items) {
    if (closed) {
      throw new YunxiException("the batcher is closed");
    }
    List<Submission> submissions = new ArrayList<>(items.size());
    for (NewEvidence item : items) {
      submissions.add(
          new Submission(item.toLeaf(), new CompletableFuture<>(), new CompletableFuture<>()));
    }
    incoming.addAll(submissions);
    List<CompletableFuture<AnchoredItem>> results = new ArrayList<>(items.size());
    for (Submission s : submissions) {
      try {
        s.acknowledged().get(); // durable from here on
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new YunxiException("interrupted before the items were journaled", e);
      } catch (ExecutionException e) {
        throw new YunxiException("an item could not be journaled: " + e.getCause(), e.getCause());
      }
      results.add(s.done());
    }
    return results;
  }

  private void journalLoop() {
    List<Submission> group = new ArrayList<>();
    while (!closed || !incoming.isEmpty()) {
      try {
        Submission first = incoming.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        incoming.drainTo(group, MAX_GROUP_COMMIT - 1);
        List<Record> records = new ArrayList<>(group.size());
        group.forEach(s -> records.add(new Item(s.leaf())));
        journal.append(records);
        synchronized (this) {
          if (unbatched.isEmpty()) {
            oldestUnbatched = System.nanoTime();
          }
          for (Submission s : group) {
            unbatched.add(s.leaf());
            waiting.computeIfAbsent(s.leaf().leafHash(), k -> new ArrayList<>()).add(s.done());
          }
        }
        group.forEach(s -> s.acknowledged().complete(null));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        group.forEach(s -> s.acknowledged().completeExceptionally(e));
      }
      group.clear();
    }
  }

  // ------------------------------------------------------------------ batching

  private void cutIfDue() {
    try {
      List<BatchLeaf> batch;
      synchronized (this) {
        boolean due =
            unbatched.size() >= maxItems
                || (!unbatched.isEmpty()
                    && (flushRequested || System.nanoTime() - oldestUnbatched >= maxDelayNanos));
        if (!due) {
          return;
        }
        batch = new ArrayList<>(Math.min(maxItems, unbatched.size()));
        while (batch.size() < maxItems && !unbatched.isEmpty()) {
          batch.add(unbatched.poll());
        }
        flushRequested = !unbatched.isEmpty() && flushRequested;
        oldestUnbatched = System.nanoTime();
      }
      StandardMerkleTree tree = StandardMerkleTree.of(batch);
      journal.append(List.of(new Batch(tree.root(), batch.size())));
      sendAnchor(tree, batch);
    } catch (RuntimeException e) {
      // The journal has everything; a batcher restarted on it anchors what this one could not.
    }
  }

  private void sendAnchor(StandardMerkleTree tree, List<BatchLeaf> leaves) {
    Bytes32 manifestRef =
        manifests.put(BatchManifestFormat.encode(tree.root(), leaves)).toBytes32();
    anchor
        .anchor(tree.root(), leaves.size(), manifestRef)
        .whenComplete(
            (inclusion, failure) -> {
              if (failure != null && !anchor.isAnchored(tree.root())) {
                // Try again a little later with the same root: the journal says it is owed.
                scheduler.schedule(() -> sendAnchor(tree, leaves), 1, TimeUnit.SECONDS);
                return;
              }
              journal.append(List.of(new Anchored(tree.root())));
              remember(tree, leaves, failure == null ? inclusion : null);
            });
  }

  private void remember(StandardMerkleTree tree, List<BatchLeaf> leaves, Inclusion inclusion) {
    for (int i = 0; i < leaves.size(); i++) {
      BatchLeaf leaf = leaves.get(i);
      AnchoredItem item =
          new AnchoredItem(leaf, tree.root(), tree.proof(i), leaves.size(), inclusion);
      anchored.put(leaf.leafHash(), item);
      List<CompletableFuture<AnchoredItem>> futures;
      synchronized (this) {
        futures = waiting.remove(leaf.leafHash());
      }
      if (futures != null) {
        futures.forEach(f -> f.complete(item));
      }
    }
  }

  @Override
  public Optional<AnchoredItem> lookup(Bytes32 leafHash) {
    return Optional.ofNullable(anchored.get(leafHash));
  }

  @Override
  public synchronized void flush() {
    flushRequested = true;
  }

  @Override
  public synchronized int pending() {
    int inBatches = 0;
    for (List<CompletableFuture<AnchoredItem>> f : waiting.values()) {
      inBatches += f.size();
    }
    return Math.max(inBatches, unbatched.size());
  }

  @Override
  public void close() {
    closed = true;
    try {
      journalThread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Anchor threads first (they write to the journal), then the journal.
    scheduler.shutdownNow();
    journal.close();
  }
}
