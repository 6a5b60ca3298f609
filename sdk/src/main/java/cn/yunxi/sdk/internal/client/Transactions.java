package cn.yunxi.sdk.internal.client;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.tx.Inclusion;
import cn.yunxi.sdk.tx.TransactionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Small helpers shared by the operation groups. */
final class Transactions {
  private Transactions() {}

  static Inclusion inclusionOf(TransactionReceipt receipt) {
    return new Inclusion(
        Bytes32.fromHex(receipt.getTransactionHash()),
        receipt.getBlockNumber().longValueExact(),
        Bytes32.fromHex(receipt.getBlockHash()));
  }

  /** Waits for {@code future}, rethrowing the SDK exception it failed with. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransactionException("interrupted while waiting for the receipt", null, e);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  static RuntimeException unwrap(Throwable t) {
    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (cause instanceof RuntimeException r) {
      return r;
    }
    return new YunxiException("unexpected failure: " + cause, cause);
  }
}
