package cn.yunxi.network.deploy;

import java.io.IOException;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.TransactionReceiptProcessor;

/**
 * Signs with the chain id (EIP-155) and counts what it sends. A limit stops sending after that many
 * transactions: the tests' stand-in for a deployment killed half-way.
 */
final class LimitedTransactionManager extends RawTransactionManager {
  private int sent;
  private int limit = Integer.MAX_VALUE;

  LimitedTransactionManager(
      Web3j web3j, Credentials credentials, long chainId, TransactionReceiptProcessor receipts) {
    super(web3j, credentials, chainId, receipts);
  }

  /** Refuses every transaction after the next {@code transactions} ones. */
  void limit(int transactions) {
    this.limit = sent + transactions;
  }

  int sent() {
    return sent;
  }

  @Override
  public EthSendTransaction signAndSend(RawTransaction transaction) throws IOException {
    if (sent >= limit) {
      throw new DeploymentInterruptedException(sent);
    }
    sent++;
    return super.signAndSend(transaction);
  }

  /** The transaction limit was reached; the run stops as if killed. */
  static final class DeploymentInterruptedException extends DeploymentException {
    private static final long serialVersionUID = 1L;

    DeploymentInterruptedException(int sent) {
      super("stopped after " + sent + " transactions (transaction limit)");
    }
  }
}
