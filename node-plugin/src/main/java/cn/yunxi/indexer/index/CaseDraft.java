package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's state while a block's events change it, and its stored form in {@link
 * IndexColumn#CASES}; {@link #toState()} is what queries answer. Fields follow {@link CaseState}.
 */
final class CaseDraft {
  private static final int VERSION = 2;

  Bytes32 caseId;
  Bytes32 department;
  Bytes32 openingDepartment;
  Address openedBy;
  int caseType;
  boolean simple;
  CaseStatus status;
  Instant openedAt;
  Instant investigationStartedAt;
  CaseDecision decision;
  Instant paidAt;
  Bytes32 paymentReceiptHash;
  Instant referredAt;
  Bytes32 referralHash;
  Instant closedAt;
  CloseResult closeResult;
  Bytes32 closingSummaryHash;
  List<Bytes32> handedOffTo = new ArrayList<>();
  List<Bytes32> formerOwners = new ArrayList<>();
  Bytes32 pendingTransferTo;
  int reminders;
  int notices;
  Instant updatedAt;

  CaseState toState() {
    return new CaseState(
        caseId,
        department,
        openingDepartment,
        openedBy,
        caseType,
        simple,
        status,
        openedAt,
        investigationStartedAt,
        decision,
        paidAt,
        paymentReceiptHash,
        referredAt,
        referralHash,
        closedAt,
        closeResult,
        closingSummaryHash,
        handedOffTo,
        formerOwners,
        pendingTransferTo,
        reminders,
        notices,
        updatedAt);
  }

  byte[] encode() {
    KeyWriter out =
        KeyWriter.key()
            .uint8(VERSION)
            .bytes32(caseId)
            .bytes32(department)
            .bytes32(openingDepartment)
            .address(openedBy)
            .uint32(caseType)
            .bool(simple)
            .ordinal(status)
            .time(openedAt)
            .optionalTime(investigationStartedAt)
            .bool(decision != null);
    if (decision != null) {
      out.bytes32(decision.decisionHash())
          .bytes32(decision.provisionsHash())
          .uint64(decision.fineFen())
          .time(decision.paymentDue())
          .time(decision.reviewDeadline())
          .address(decision.decidedBy())
          .time(decision.decidedAt());
    }
    out.optionalTime(paidAt)
        .optionalBytes32(paymentReceiptHash)
        .optionalTime(referredAt)
        .optionalBytes32(referralHash)
        .optionalTime(closedAt)
        .bool(closeResult != null);
    if (closeResult != null) {
      out.ordinal(closeResult);
    }
    out.optionalBytes32(closingSummaryHash).uint32(handedOffTo.size());
    handedOffTo.forEach(out::bytes32);
    out.uint32(formerOwners.size());
    formerOwners.forEach(out::bytes32);
    return out.optionalBytes32(pendingTransferTo)
        .uint32(reminders)
        .uint32(notices)
        .time(updatedAt)
        .build();
  }

  static CaseDraft decode(byte[] encoded) {
    KeyReader in = KeyReader.of(encoded);
    int version = in.uint8();
    if (version != VERSION) {
      throw new IllegalStateException("stored case has unknown version " + version);
    }
    CaseDraft c = new CaseDraft();
    c.caseId = in.bytes32();
    c.department = in.bytes32();
    c.openingDepartment = in.bytes32();
    c.openedBy = in.address();
    c.caseType = (int) in.uint32();
    c.simple = in.bool();
    c.status = in.ordinal(CaseStatus.class);
    c.openedAt = in.time();
    c.investigationStartedAt = in.optionalTime();
    if (in.bool()) {
      c.decision =
          new CaseDecision(
              in.bytes32(),
              in.bytes32(),
              in.uint64(),
              in.time(),
              in.time(),
              in.address(),
              in.time());
    }
    c.paidAt = in.optionalTime();
    c.paymentReceiptHash = in.optionalBytes32();
    c.referredAt = in.optionalTime();
    c.referralHash = in.optionalBytes32();
    c.closedAt = in.optionalTime();
    c.closeResult = in.bool() ? in.ordinal(CloseResult.class) : null;
    c.closingSummaryHash = in.optionalBytes32();
    long handedOff = in.uint32();
    for (long i = 0; i < handedOff; i++) {
      c.handedOffTo.add(in.bytes32());
    }
    long former = in.uint32();
    for (long i = 0; i < former; i++) {
      c.formerOwners.add(in.bytes32());
    }
    c.pendingTransferTo = in.optionalBytes32();
    c.reminders = (int) in.uint32();
    c.notices = (int) in.uint32();
    c.updatedAt = in.time();
    in.end();
    return c;
  }
}
