package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.events.CaseClosed;
import cn.yunxi.sdk.events.CaseDecided;
import cn.yunxi.sdk.events.CaseEvent;
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
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import java.time.Instant;

/**
 * Case events → {@link IndexColumn#CASES}, {@link IndexColumn#CASES_BY_DEPARTMENT} and, on closing,
 * {@link IndexColumn#CASE_CYCLE}. The contract has checked every transition already; the index
 * follows the events as they are. An event about a case the index does not know (impossible from
 * genesis, but possible for a partial chain) goes on the timeline only.
 */
final class CaseProjection {
  private CaseProjection() {}

  static void apply(EventContext ctx, CaseEvent event) {
    ctx.caseTimeline(event.caseId());
    if (event instanceof CaseOpened e) {
      opened(ctx, e);
      return;
    }
    CaseDraft c = ctx.caseDraft(event.caseId());
    if (c == null) {
      return;
    }
    Instant at = event.time().orElse(ctx.blockTime);
    if (event instanceof InvestigationStarted) {
      c.status = CaseStatus.INVESTIGATING;
      c.investigationStartedAt = at;
    } else if (event instanceof CaseDecided e) {
      c.status = CaseStatus.DECIDED;
      c.decision =
          new CaseDecision(
              e.decisionHash(),
              e.provisionsHash(),
              e.fineFen(),
              e.paymentDue(),
              e.reviewDeadline(),
              e.by(),
              at);
    } else if (event instanceof PaymentRecorded e) {
      c.status = CaseStatus.PAID;
      c.paidAt = at;
      c.paymentReceiptHash = e.receiptHash();
    } else if (event instanceof ReferredToCourt e) {
      c.status = CaseStatus.REFERRED;
      c.referredAt = at;
      c.referralHash = e.referralHash();
    } else if (event instanceof ReminderRecorded) {
      c.reminders++;
    } else if (event instanceof NoticeRecorded) {
      c.notices++;
    } else if (event instanceof CaseClosed e) {
      closed(ctx, c, e, at);
    } else if (event instanceof CaseHandedOff e) {
      ctx.department(e.from());
      ctx.department(e.to());
      if (!c.handedOffTo.contains(e.to()) && !e.to().equals(c.department)) {
        c.handedOffTo.add(e.to());
        ctx.batch.put(IndexColumn.CASES_BY_DEPARTMENT, byDepartment(e.to(), c), new byte[0]);
      }
    } else if (event instanceof TransferProposed e) {
      ctx.department(e.from());
      ctx.department(e.to());
      c.pendingTransferTo = e.to();
    } else if (event instanceof TransferCancelled e) {
      ctx.department(e.to());
      c.pendingTransferTo = null;
    } else if (event instanceof CaseTransferred e) {
      ctx.department(e.from());
      ctx.department(e.to());
      transferred(ctx, c, e);
    }
    ctx.department(c.department);
    c.updatedAt = at;
    put(ctx, c);
  }

  private static void opened(EventContext ctx, CaseOpened e) {
    CaseDraft existing = ctx.caseDraft(e.caseId());
    if (existing != null) {
      // The contract refuses to open a case twice; should a source replay one, start afresh.
      ctx.batch.delete(
          IndexColumn.CASES_BY_DEPARTMENT, byDepartment(existing.department, existing));
      for (Bytes32 d : existing.handedOffTo) {
        ctx.batch.delete(IndexColumn.CASES_BY_DEPARTMENT, byDepartment(d, existing));
      }
    }
    CaseDraft c = new CaseDraft();
    c.caseId = e.caseId();
    c.department = e.department();
    c.openingDepartment = e.department();
    c.openedBy = e.officer();
    c.caseType = e.caseType();
    c.simple = e.simple();
    c.status = CaseStatus.OPENED;
    c.openedAt = e.timestamp();
    c.updatedAt = e.timestamp();
    ctx.department(e.department());
    put(ctx, c);
    ctx.batch.put(IndexColumn.CASES_BY_DEPARTMENT, byDepartment(c.department, c), new byte[0]);
  }

  private static void closed(EventContext ctx, CaseDraft c, CaseClosed e, Instant at) {
    c.status = CaseStatus.CLOSED;
    c.closedAt = at;
    c.closeResult = e.result();
    c.closingSummaryHash = e.summaryHash();
    byte[] key = KeyWriter.key().bytes32(c.department).time(at).bytes32(c.caseId).build();
    long seconds = at.getEpochSecond() - c.openedAt.getEpochSecond();
    ctx.batch.put(IndexColumn.CASE_CYCLE, key, KeyWriter.key().int64(seconds).build());
  }

  private static void transferred(EventContext ctx, CaseDraft c, CaseTransferred e) {
    // The former owner loses its rights on the case, so it leaves that department's list.
    ctx.batch.delete(IndexColumn.CASES_BY_DEPARTMENT, byDepartment(c.department, c));
    // It keeps sight of the case (its history up to the transfer is its own work): remembered here
    // so that access checks need not read the timeline. An owner again is no former owner.
    c.formerOwners.remove(c.department);
    c.formerOwners.add(c.department);
    c.formerOwners.remove(e.to());
    c.department = e.to();
    c.handedOffTo.remove(e.to());
    c.pendingTransferTo = null;
    ctx.batch.put(IndexColumn.CASES_BY_DEPARTMENT, byDepartment(e.to(), c), new byte[0]);
  }

  static byte[] byDepartment(Bytes32 department, CaseDraft c) {
    return KeyWriter.key().bytes32(department).time(c.openedAt).bytes32(c.caseId).build();
  }

  private static void put(EventContext ctx, CaseDraft c) {
    ctx.batch.put(IndexColumn.CASES, c.caseId.toByteArray(), c.encode());
  }
}
