package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import cn.yunxi.sdk.tx.Inclusion;

/**
 * A deposit on chain: the record as committed and where its transaction landed. {@code
 * alreadyDeposited} is true when a retried deposit found its record already there (nothing was
 * deposited twice).
 */
public record Deposit(EvidenceRecord record, Inclusion inclusion, boolean alreadyDeposited) {
  public Bytes32 evidenceId() {
    return record.evidenceId();
  }
}
