package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import java.time.Instant;
import java.util.List;

/**
 * A case as its events left it. Components that a case may not have yet are null.
 *
 * @param caseId the case
 * @param department the department that owns (holds) the case now
 * @param openingDepartment the department that opened it
 * @param openedBy the officer who opened it
 * @param caseType the department's case-type code
 * @param simple a simple-enforcement (简易程序) case
 * @param status where it is in its lifecycle
 * @param openedAt when it was opened
 * @param investigationStartedAt when investigation started, or null
 * @param decision the penalty decision, or null
 * @param paidAt when payment was recorded, or null
 * @param paymentReceiptHash the payment receipt's hash, or null
 * @param referredAt when it was referred to court, or null
 * @param referralHash the referral's hash, or null
 * @param closedAt when it was closed, or null
 * @param closeResult how it ended, or null
 * @param closingSummaryHash the closing report's hash, or null
 * @param handedOffTo departments it was handed off to (一件事), which may act on it
 * @param formerOwners departments that owned it before a transfer, in the order they gave it up;
 *     they may still see it, no longer act on it
 * @param pendingTransferTo the department a proposed transfer waits on, or null
 * @param reminders how many payment reminders (催缴) were recorded
 * @param notices how many notices were recorded
 * @param updatedAt the time of its newest case event
 */
public record CaseState(
    Bytes32 caseId,
    Bytes32 department,
    Bytes32 openingDepartment,
    Address openedBy,
    int caseType,
    boolean simple,
    CaseStatus status,
    Instant openedAt,
    Instant investigationStartedAt,
    CaseDecision decision,
    Instant paidAt,
    Bytes32 paymentReceiptHash,
    Instant referredAt,
    Bytes32 referralHash,
    Instant closedAt,
    CloseResult closeResult,
    Bytes32 closingSummaryHash,
    List<Bytes32> handedOffTo,
    List<Bytes32> formerOwners,
    Bytes32 pendingTransferTo,
    int reminders,
    int notices,
    Instant updatedAt) {
  public CaseState {
    handedOffTo = List.copyOf(handedOffTo);
    formerOwners = List.copyOf(formerOwners);
  }
}
