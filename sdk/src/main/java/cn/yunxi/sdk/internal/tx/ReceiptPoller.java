package cn.yunxi.sdk.internal.tx;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.tx.TransactionException;
import cn.yunxi.sdk.tx.TransactionTimeoutException;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthGetBlockReceipts;
import org.web3j.protocol.core.methods.response.EthGetTransactionReceipt;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Waits for the receipts of every transaction in flight (polling every interval, never web3j's 15 s
 * default). Fast path: each tick reads the head and the receipts of each new block ({@code
 * eth_getBlockReceipts}) — one or two calls however many transactions are waiting, so polling does
 * not starve the node under a burst. Slow path, every two seconds for transactions older than that:
 * look each up (batched) — catching a block scanned before its transaction was registered and nodes
 * without {@code eth_getBlockReceipts} — and re-broadcast the same signed bytes when the node
 * forgot the transaction (it restarted and lost its pool). A failed transaction is replayed as a
 * call to decode its revert reason.
 */
public final class ReceiptPoller implements AutoCloseable {
  private static final long SLOW_PATH_EVERY_NANOS = Duration.ofSeconds(2).toNanos();
  private static final int BATCH_LIMIT = 500; // Besu's default cap on a JSON-RPC batch is 1024

  private final Web3j web3j;
  private final Duration timeout;
  private final int confirmations;
  private final ScheduledExecutorService ticker;
  private final Map<Bytes32, Pending> pending = new ConcurrentHashMap<>();
  private long scannedUpTo = -1; // ticker thread only
  private long lastSlowPath = System.nanoTime();
  private boolean blockReceiptsSupported = true;
  private volatile Function<SignedTransaction, CompletableFuture<TransactionReceipt>> resubmit;

  private static final class Pending {
    final SignedTransaction tx;
    final CompletableFuture<TransactionReceipt> future = new CompletableFuture<>();
    final long registered = System.nanoTime();
    final long deadline;
    volatile TransactionReceipt receipt; // mined, waiting for confirmations

    Pending(SignedTransaction tx, long deadline) {
      this.tx = tx;
      this.deadline = deadline;
    }
  }

  public ReceiptPoller(Web3j web3j, Duration interval, Duration timeout, int confirmations) {
    this.web3j = web3j;
    this.timeout = timeout;
    this.confirmations = confirmations;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "yunxi-receipts");
              t.setDaemon(true);
              return t;
            });
    long every = interval.toNanos();
    ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.NANOSECONDS);
  }

  /** Completes with the receipt once mined (and confirmed), or exceptionally. */
  public CompletableFuture<TransactionReceipt> watch(SignedTransaction tx) {
    Pending p = new Pending(tx, System.nanoTime() + timeout.toNanos());
    Pending existing = pending.putIfAbsent(tx.hash(), p);
    return existing != null ? existing.future : p.future;
  }

  /** Transactions still waiting for a receipt. */
  public int inFlight() {
    return pending.size();
  }

  private void tick() {
    try {
      if (!pending.isEmpty()) {
        long head = web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
        scanNewBlocks(head);
        if (System.nanoTime() - lastSlowPath > SLOW_PATH_EVERY_NANOS) {
          lastSlowPath = System.nanoTime();
          lookUpStragglers(head);
        }
        settleConfirmed(head);
      }
    } catch (IOException e) {
      // The node is away: keep waiting, each transaction until its own deadline.
    } catch (RuntimeException e) {
      // One bad tick must not stop the ticker; the next tick tries again.
    }
    expireOverdue();
  }

  private void scanNewBlocks(long head) throws IOException {
    if (!blockReceiptsSupported) {
      scannedUpTo = head;
      return;
    }
    if (scannedUpTo < 0) {
      // Start with the head block itself: on a node that mines each transaction at once, the
      // first one watched is already in it. Older blocks are the slow path's job.
      scannedUpTo = head - 1;
    }
    for (long b = scannedUpTo + 1; b <= head && !pending.isEmpty(); b++) {
      EthGetBlockReceipts answer =
          web3j.ethGetBlockReceipts(DefaultBlockParameter.valueOf(BigInteger.valueOf(b))).send();
      if (answer.hasError()) {
        blockReceiptsSupported = false;
        return;
      }
      for (TransactionReceipt r : answer.getBlockReceipts().orElse(List.of())) {
        Pending p = pending.get(Bytes32.fromHex(r.getTransactionHash()));
        if (p != null) {
          p.receipt = r;
        }
      }
      scannedUpTo = b;
    }
  }

  private void lookUpStragglers(long head) throws IOException {
    long now = System.nanoTime();
    List<Pending> old = new ArrayList<>();
    for (Pending p : pending.values()) {
      if (p.receipt == null && now - p.registered > SLOW_PATH_EVERY_NANOS) {
        old.add(p);
      }
    }
    for (int from = 0; from < old.size(); from += BATCH_LIMIT) {
      List<Pending> chunk = old.subList(from, Math.min(old.size(), from + BATCH_LIMIT));
      BatchRequest batch = web3j.newBatch();
      chunk.forEach(p -> batch.add(web3j.ethGetTransactionReceipt(p.tx.hash().toHex())));
      List<? extends Response<?>> answers = batch.send().getResponses();
      for (int i = 0; i < chunk.size() && i < answers.size(); i++) {
        Optional<TransactionReceipt> r =
            ((EthGetTransactionReceipt) answers.get(i)).getTransactionReceipt();
        if (r.isPresent()) {
          chunk.get(i).receipt = r.get();
        } else {
          rebroadcastIfForgotten(chunk.get(i));
        }
      }
    }
  }

  private void rebroadcastIfForgotten(Pending p) throws IOException {
    if (web3j.ethGetTransactionByHash(p.tx.hash().toHex()).send().getTransaction().isPresent()) {
      return; // the node has it; it will be mined
    }
    EthSendTransaction answer = web3j.ethSendRawTransaction(p.tx.rawHex()).send();
    if (answer.hasError() && Nonces.tooLow(answer.getError().getMessage()) && resubmit != null) {
      // The node forgot the transaction and another one took its nonce: this one can never be
      // mined. Send the same call again with a fresh nonce and hand its outcome to the waiter.
      if (pending.remove(p.tx.hash(), p)) {
        CompletableFuture.supplyAsync(() -> resubmit.apply(p.tx))
            .thenCompose(f -> f)
            .whenComplete(
                (r, failure) -> {
                  if (failure != null) {
                    p.future.completeExceptionally(failure);
                  } else {
                    p.future.complete(r);
                  }
                });
      }
    }
  }

  /**
   * How to send a call again when its transaction was orphaned (forgotten by the node, its nonce
   * taken); set once by the sender that owns this poller.
   */
  public void onOrphaned(
      Function<SignedTransaction, CompletableFuture<TransactionReceipt>> resubmit) {
    this.resubmit = resubmit;
  }

  private void settleConfirmed(long head) {
    for (Pending p : pending.values()) {
      TransactionReceipt r = p.receipt;
      if (r != null && head - r.getBlockNumber().longValueExact() >= confirmations) {
        settle(p, r);
      }
    }
  }

  private void settle(Pending p, TransactionReceipt receipt) {
    if (!pending.remove(p.tx.hash(), p)) {
      return;
    }
    if (receipt.isStatusOK()) {
      p.future.complete(receipt);
    } else {
      p.future.completeExceptionally(revertOf(p.tx, receipt));
    }
  }

  /** Replays the transaction as a call on the state before its block to read the revert data. */
  private RuntimeException revertOf(SignedTransaction tx, TransactionReceipt receipt) {
    try {
      EthCall call =
          web3j
              .ethCall(
                  Transaction.createEthCallTransaction(tx.from().toHex(), tx.to(), tx.data()),
                  DefaultBlockParameter.valueOf(receipt.getBlockNumber().subtract(BigInteger.ONE)))
              .send();
      if (call.hasError() && call.getError().getData() != null) {
        return RevertDecoder.instance().decode(call.getError().getData(), tx.hash());
      }
    } catch (IOException e) {
      // fall through: the reason is unavailable, the failure is not
    }
    return new TransactionException("transaction reverted (reason unavailable)", tx.hash(), null);
  }

  private void expireOverdue() {
    long now = System.nanoTime();
    for (Pending p : pending.values()) {
      if (now > p.deadline && pending.remove(p.tx.hash(), p)) {
        p.future.completeExceptionally(
            new TransactionTimeoutException(
                "no receipt within " + timeout.toSeconds() + " s", p.tx.hash()));
      }
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    for (Pending p : pending.values()) {
      p.future.completeExceptionally(
          new TransactionException("client closed before the receipt arrived", p.tx.hash(), null));
    }
    pending.clear();
  }
}
