package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.YunxiException;

/** An evidence package could not be exported; {@link #reason()} says why. */
public final class ExportException extends YunxiException {
  private static final long serialVersionUID = 1L;

  /** Why an export failed. */
  public enum Reason {
    /** The node's chain id is not the one the exporter was given. */
    WRONG_CHAIN,
    /** The node knows no receipt for the transaction (unknown, pending, or reorganised away). */
    TRANSACTION_NOT_FOUND,
    /** The transaction failed (status 0): it recorded nothing. */
    TRANSACTION_FAILED,
    /** The transaction emitted no matching event from the EvidenceRegistry. */
    EVENT_NOT_FOUND,
    /**
     * What the node sent does not add up: receipts that do not rebuild the block's receiptsRoot, a
     * header that does not hash to the block hash, a block that changed while it was read.
     */
    INCONSISTENT_NODE_DATA,
    /** The node could not be reached or refused a call. */
    NODE_UNAVAILABLE
  }

  private final Reason reason;

  public ExportException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ExportException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
