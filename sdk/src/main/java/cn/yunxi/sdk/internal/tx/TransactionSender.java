package cn.yunxi.sdk.internal.tx;

import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.tx.GasPolicy;
import cn.yunxi.sdk.tx.NonceManager;
import cn.yunxi.sdk.tx.TransactionException;
import java.math.BigInteger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Submits contract calls for one signer: estimate (a refusal surfaces here, typed, before any nonce
 * is spent), take a nonce, sign with the chain id, broadcast, and hand the transaction to the
 * {@link ReceiptPoller}. Returns as soon as the node has the transaction, so callers can pipeline
 * many. A nonce the node calls stale triggers a resync and a fresh attempt; a transaction that
 * never reached the node gives its nonce back.
 */
public final class TransactionSender {
  private static final int NONCE_ATTEMPTS = 5;

  /**
   * At most this many transactions in flight per client: submitters wait beyond it, so a burst does
   * not flood the node's pool (Besu bounds it per sender too).
   */
  private static final int MAX_IN_FLIGHT = 256;

  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

  private final Web3j web3j;
  private final Rpc rpc;
  private final long chainId;
  private final Signer signer;
  private final NonceManager nonces;
  private final GasPolicy gas;
  private final ReceiptPoller receipts;

  public TransactionSender(
      Web3j web3j,
      Rpc rpc,
      long chainId,
      Signer signer,
      NonceManager nonces,
      GasPolicy gas,
      ReceiptPoller receipts) {
    this.web3j = web3j;
    this.rpc = rpc;
    this.chainId = chainId;
    this.signer = signer;
    this.nonces = nonces;
    this.gas = gas;
    this.receipts = receipts;
    receipts.onOrphaned(orphan -> submit(orphan.to(), orphan.data()));
  }

  /** Sends {@code data} to contract {@code to}; the future completes with the mined receipt. */
  public CompletableFuture<TransactionReceipt> submit(String to, String data) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransactionException("interrupted while waiting to submit", null, e);
    }
    try {
      CompletableFuture<TransactionReceipt> mined = broadcast(to, data);
      mined.whenComplete((receipt, failure) -> inFlight.release());
      return mined;
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  private CompletableFuture<TransactionReceipt> broadcast(String to, String data) {
    BigInteger gasLimit = estimateGas(to, data);
    Address from = signer.address();
    for (int attempt = 1; ; attempt++) {
      long nonce = nonces.next(from);
      SignedTransaction tx =
          SignedTransaction.sign(signer, chainId, gas, nonce, gasLimit, to, data);
      EthSendTransaction sent;
      try {
        sent = rpc.send(web3j.ethSendRawTransaction(tx.rawHex()));
      } catch (RuntimeException unreachable) {
        // Unknown whether the node got it: the chain decides the nonce from here on.
        nonces.resync(from);
        throw unreachable;
      }
      if (!sent.hasError() || alreadyKnown(sent)) {
        return receipts.watch(tx);
      }
      if (nonceTooLow(sent) && knownToNode(tx)) {
        // Our own transaction took the nonce: an earlier send reached the node after all.
        return receipts.watch(tx);
      }
      if (nonceTooLow(sent) && attempt < NONCE_ATTEMPTS) {
        nonces.resync(from);
        continue;
      }
      nonces.release(from, nonce);
      throw new TransactionException(
          "the node refused the transaction: " + sent.getError().getMessage(), tx.hash(), null);
    }
  }

  private boolean knownToNode(SignedTransaction tx) {
    return rpc.send(web3j.ethGetTransactionByHash(tx.hash().toHex())).getTransaction().isPresent();
  }

  /** The node's estimate plus a margin; a revert here is the contract refusing the call. */
  private BigInteger estimateGas(String to, String data) {
    EthEstimateGas estimate =
        rpc.send(
            web3j.ethEstimateGas(
                Transaction.createEthCallTransaction(signer.address().toHex(), to, data)));
    if (estimate.hasError()) {
      String revertData = estimate.getError().getData();
      if (revertData != null && !revertData.isBlank()) {
        throw RevertDecoder.instance().decode(revertData, null);
      }
      throw new TransactionException(
          "cannot estimate gas: " + estimate.getError().getMessage(), null, null);
    }
    BigInteger estimated = estimate.getAmountUsed();
    // 20 % + 10k: estimates are exact for the state they saw; pipelined calls see another.
    return estimated
        .multiply(BigInteger.valueOf(6))
        .divide(BigInteger.valueOf(5))
        .add(BigInteger.valueOf(10_000));
  }

  private static boolean alreadyKnown(EthSendTransaction sent) {
    return Nonces.alreadyKnown(sent.getError().getMessage());
  }

  private static boolean nonceTooLow(EthSendTransaction sent) {
    return Nonces.tooLow(sent.getError().getMessage());
  }

  public Address from() {
    return signer.address();
  }
}
