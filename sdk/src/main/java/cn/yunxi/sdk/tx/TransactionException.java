package cn.yunxi.sdk.tx;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Optional;

/** A transaction that could not be carried out; names the transaction when one was sent. */
public class TransactionException extends YunxiException {
  private static final long serialVersionUID = 1L;

  private final transient Bytes32 transactionHash;

  public TransactionException(String message, Bytes32 transactionHash, Throwable cause) {
    super(
        transactionHash == null ? message : message + " (transaction " + transactionHash + ")",
        cause);
    this.transactionHash = transactionHash;
  }

  /** The hash of the transaction, if it was sent. */
  public Optional<Bytes32> transactionHash() {
    return Optional.ofNullable(transactionHash);
  }
}
