package cn.yunxi.sdk.tx;

import cn.yunxi.sdk.model.Bytes32;

/**
 * No receipt within the configured time. The transaction may still be mined: retrying the same
 * operation is safe — the SDK re-sends the same signed transaction or finds its effect on chain.
 */
public final class TransactionTimeoutException extends TransactionException {
  private static final long serialVersionUID = 1L;

  public TransactionTimeoutException(String message, Bytes32 transactionHash) {
    super(message, transactionHash, null);
  }
}
