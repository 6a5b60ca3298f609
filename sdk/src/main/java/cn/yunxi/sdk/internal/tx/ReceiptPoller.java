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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthGetTransactionReceipt;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Waits for the receipts of every transaction in flight with one batched request per polling
 * interval (never web3j's 15 s default), so a thousand pipelined transactions cost one round trip
 * per tick, not a thousand. A transaction the node does not know — it restarted and lost its pool —
 * is re-broadcast as the same signed bytes. A failed transaction is replayed as a call to decode
 * its revert reason.
 */
public final class ReceiptPoller implements AutoCloseable {
  private static final long REBROADCAST_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

  private final Web3j web3j;
  private final Duration timeout;
  private final int confirmations;
  private final ScheduledExecutorService ticker;
  private final Map<Bytes32, Pending> pending = new ConcurrentHashMap<>();

  private static final class Pending {
    final SignedTransaction tx;
    final CompletableFuture<TransactionReceipt> future = new CompletableFuture<>();
    final long deadline;
    long lastBroadcast = System.nanoTime();

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
    ticker.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.NANOSECONDS);
  }

  /** Completes with the receipt once mined (and confirmed), or exceptionally. */
  public CompletableFuture<TransactionReceipt> watch(SignedTransaction tx) {
    Pending p = new Pending(tx, System.nanoTime() + timeout.toNanos());
    Pending existing = pending.putIfAbsent(tx.hash(), p);
    return existing != null ? existing.future : p.future;
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      // One bad tick must not stop the ticker; the next tick tries again.
    }
  }

  private void poll() {
    if (pending.isEmpty()) {
      return;
    }
    List<Pending> batchOf = new ArrayList<>(pending.values());
    BatchRequest batch = web3j.newBatch();
    for (Pending p : batchOf) {
      batch.add(web3j.ethGetTransactionReceipt(p.tx.hash().toHex()));
    }
    BigInteger head;
    BatchResponse responses;
    try {
      responses = batch.send();
      head = confirmations > 0 ? web3j.ethBlockNumber().send().getBlockNumber() : null;
    } catch (IOException e) {
      expireOverdue(batchOf); // the node is away: keep waiting until each deadline
      return;
    }
    List<? extends Response<?>> answers = responses.getResponses();
    for (int i = 0; i < batchOf.size() && i < answers.size(); i++) {
      Pending p = batchOf.get(i);
      TransactionReceipt receipt =
          ((EthGetTransactionReceipt) answers.get(i)).getTransactionReceipt().orElse(null);
      if (receipt == null) {
        rebroadcastIfForgotten(p);
      } else if (head == null
          || head.subtract(receipt.getBlockNumber()).intValue() >= confirmations) {
        settle(p, receipt);
      }
    }
    expireOverdue(batchOf);
  }

  private void settle(Pending p, TransactionReceipt receipt) {
    pending.remove(p.tx.hash());
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

  private void rebroadcastIfForgotten(Pending p) {
    long now = System.nanoTime();
    if (now - p.lastBroadcast < REBROADCAST_EVERY_NANOS) {
      return;
    }
    p.lastBroadcast = now;
    try {
      if (web3j.ethGetTransactionByHash(p.tx.hash().toHex()).send().getTransaction().isEmpty()) {
        // "already known" / "nonce too low" answers are fine: the node has it or mined it.
        web3j.ethSendRawTransaction(p.tx.rawHex()).send();
      }
    } catch (IOException e) {
      // the node is away; the next tick tries again
    }
  }

  private void expireOverdue(List<Pending> batchOf) {
    long now = System.nanoTime();
    for (Pending p : batchOf) {
      if (now > p.deadline && pending.remove(p.tx.hash(), p)) {
        p.future.completeExceptionally(
            new TransactionTimeoutException(
                "no receipt within " + timeout.toSeconds() + " s", p.tx.hash()));
      }
    }
  }

  /** Transactions still waiting for a receipt. */
  public int inFlight() {
    return pending.size();
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
