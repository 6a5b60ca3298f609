package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import java.time.Instant;
import java.util.List;

/**
 * A case as its events left it. Fields a case does not have yet are null.
 *
 * @param caseId the case
 * @param department the department that owns it now
 * @param openingDepartment the department that opened it
 * @param openedBy the officer who opened it
 * @param caseType the department's case-type code
 * @param simple a simple-enforcement (简易程序) case
 * @param status where it is in its lifecycle
 * @param openedAt when it was opened
 * @param investigationStartedAt when investigation started
 * @param decision the penalty decision
 * @param paidAt when payment was recorded
 * @param paymentReceiptHash the payment receipt's hash
 * @param referredAt when it was referred to court
 * @param referralHash the referral's hash
 * @param closedAt when it was closed
 * @param closeResult how it ended
 * @param closingSummaryHash the closing report's hash
 * @param handedOffTo departments it was handed off to
 * @param formerOwners departments that owned it before a transfer, in the order they gave it up
 * @param pendingTransferTo the department a proposed transfer waits on
 * @param reminders payment reminders recorded
 * @param notices notices recorded
 * @param updatedAt the time of its newest case event
 */
public record CaseView(
    Bytes32 caseId,
    Bytes32 department,
    Bytes32 openingDepartment,
    Address openedBy,
    int caseType,
    boolean simple,
    CaseStatus status,
    Instant openedAt,
    Instant investigationStartedAt,
    DecisionView decision,
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
  public CaseView {
    handedOffTo = handedOffTo == null ? List.of() : List.copyOf(handedOffTo);
    formerOwners = formerOwners == null ? List.of() : List.copyOf(formerOwners);
  }
}
