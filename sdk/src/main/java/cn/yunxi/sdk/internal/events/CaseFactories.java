package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.CaseClosed;
import cn.yunxi.sdk.events.CaseDecided;
import cn.yunxi.sdk.events.CaseHandedOff;
import cn.yunxi.sdk.events.CaseOpened;
import cn.yunxi.sdk.events.CaseTransferred;
import cn.yunxi.sdk.events.InvestigationStarted;
import cn.yunxi.sdk.events.NoticeRecorded;
import cn.yunxi.sdk.events.PaymentRecorded;
import cn.yunxi.sdk.events.ReferredToCourt;
import cn.yunxi.sdk.events.ReminderRecorded;
import cn.yunxi.sdk.events.TransferCancelled;
import cn.yunxi.sdk.events.TransferProposed;
import cn.yunxi.sdk.model.CloseResult;

/**
 * How each event of the CaseRegistry becomes its record: parameters read by their Solidity names.
 */
final class CaseFactories {
  private CaseFactories() {}

  static void addTo(EventFactories.Builder b) {
    b.add(
        CaseOpened.class,
        (m, v) ->
            new CaseOpened(
                m,
                v.bytes32("caseId"),
                v.bytes32("department"),
                v.address("officer"),
                v.uint16("caseType"),
                v.bool("simple"),
                v.time("timestamp")));
    b.add(
        InvestigationStarted.class,
        (m, v) ->
            new InvestigationStarted(m, v.bytes32("caseId"), v.address("by"), v.time("timestamp")));
    b.add(
        CaseDecided.class,
        (m, v) ->
            new CaseDecided(
                m,
                v.bytes32("caseId"),
                v.address("by"),
                v.bytes32("decisionHash"),
                v.bytes32("provisionsHash"),
                v.uint64("fineFen"),
                v.time("paymentDue"),
                v.time("reviewDeadline"),
                v.time("timestamp")));
    b.add(
        PaymentRecorded.class,
        (m, v) ->
            new PaymentRecorded(
                m,
                v.bytes32("caseId"),
                v.address("by"),
                v.bytes32("receiptHash"),
                v.time("timestamp")));
    b.add(
        ReminderRecorded.class,
        (m, v) ->
            new ReminderRecorded(
                m,
                v.bytes32("caseId"),
                v.address("by"),
                v.bytes32("noticeHash"),
                v.time("timestamp")));
    b.add(
        NoticeRecorded.class,
        (m, v) ->
            new NoticeRecorded(
                m,
                v.bytes32("caseId"),
                v.address("by"),
                v.bytes32("noticeHash"),
                v.time("timestamp")));
    b.add(
        ReferredToCourt.class,
        (m, v) ->
            new ReferredToCourt(
                m,
                v.bytes32("caseId"),
                v.address("by"),
                v.bytes32("referralHash"),
                v.time("timestamp")));
    b.add(
        CaseClosed.class,
        (m, v) ->
            new CaseClosed(
                m,
                v.bytes32("caseId"),
                v.address("by"),
                CloseResult.ofCode(v.uint8("result")),
                v.bytes32("summaryHash"),
                v.time("timestamp")));
    b.add(
        CaseHandedOff.class,
        (m, v) ->
            new CaseHandedOff(
                m,
                v.bytes32("caseId"),
                v.bytes32("from"),
                v.bytes32("to"),
                v.address("by"),
                v.time("timestamp")));
    b.add(
        TransferProposed.class,
        (m, v) ->
            new TransferProposed(
                m,
                v.bytes32("caseId"),
                v.bytes32("from"),
                v.bytes32("to"),
                v.address("by"),
                v.time("timestamp")));
    b.add(
        TransferCancelled.class,
        (m, v) ->
            new TransferCancelled(
                m, v.bytes32("caseId"), v.bytes32("to"), v.address("by"), v.time("timestamp")));
    b.add(
        CaseTransferred.class,
        (m, v) ->
            new CaseTransferred(
                m,
                v.bytes32("caseId"),
                v.bytes32("from"),
                v.bytes32("to"),
                v.address("by"),
                v.time("timestamp")));
  }
}
