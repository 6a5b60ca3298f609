package cn.yunxi.indexer.index;

import static cn.yunxi.indexer.index.EventLogs.PLACEHOLDER;

import cn.yunxi.sdk.events.BatchAnchored;
import cn.yunxi.sdk.events.CaseClosed;
import cn.yunxi.sdk.events.CaseDecided;
import cn.yunxi.sdk.events.CaseHandedOff;
import cn.yunxi.sdk.events.CaseOpened;
import cn.yunxi.sdk.events.CaseTransferred;
import cn.yunxi.sdk.events.CustodyRecorded;
import cn.yunxi.sdk.events.DepartmentRegistered;
import cn.yunxi.sdk.events.EvidenceDeposited;
import cn.yunxi.sdk.events.InvestigationStarted;
import cn.yunxi.sdk.events.LetterBound;
import cn.yunxi.sdk.events.LetterIssued;
import cn.yunxi.sdk.events.LetterRevoked;
import cn.yunxi.sdk.events.MemberSet;
import cn.yunxi.sdk.events.NoticeRecorded;
import cn.yunxi.sdk.events.PaymentRecorded;
import cn.yunxi.sdk.events.ReceiptConfirmed;
import cn.yunxi.sdk.events.ReferredToCourt;
import cn.yunxi.sdk.events.ReminderRecorded;
import cn.yunxi.sdk.events.RequestAccepted;
import cn.yunxi.sdk.events.RequestApproved;
import cn.yunxi.sdk.events.RequestCancelled;
import cn.yunxi.sdk.events.RequestCreated;
import cn.yunxi.sdk.events.RequestExpired;
import cn.yunxi.sdk.events.RequestFulfilled;
import cn.yunxi.sdk.events.RequestRejected;
import cn.yunxi.sdk.events.TransferCancelled;
import cn.yunxi.sdk.events.TransferProposed;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.CustodyAction;
import cn.yunxi.sdk.model.Role;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

/** Short factories for event records with a placeholder meta, for tests. */
final class Ev {
  private Ev() {}

  static Bytes32 id(String text) {
    try {
      return Bytes32.of(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static Bytes32 dept(String code) {
    return Bytes32.fromAscii(code);
  }

  static Address person(String name) {
    byte[] b = new byte[20];
    System.arraycopy(id(name).toByteArray(), 0, b, 0, 20);
    return Address.of(b);
  }

  static CaseOpened opened(Bytes32 caseId, Bytes32 dept, Instant t) {
    return new CaseOpened(PLACEHOLDER, caseId, dept, person("officer"), 101, false, t);
  }

  static InvestigationStarted investigating(Bytes32 caseId, Instant t) {
    return new InvestigationStarted(PLACEHOLDER, caseId, person("officer"), t);
  }

  static CaseDecided decided(Bytes32 caseId, long fineFen, Instant t) {
    return new CaseDecided(
        PLACEHOLDER,
        caseId,
        person("captain"),
        id("decision:" + caseId),
        id("provisions:" + caseId),
        fineFen,
        fineFen == 0 ? Instant.EPOCH : t.plus(Duration.ofDays(15)),
        t.plus(Duration.ofDays(60)),
        t);
  }

  static PaymentRecorded paid(Bytes32 caseId, Instant t) {
    return new PaymentRecorded(PLACEHOLDER, caseId, person("officer"), id("receipt"), t);
  }

  static ReferredToCourt referred(Bytes32 caseId, Instant t) {
    return new ReferredToCourt(PLACEHOLDER, caseId, person("office"), id("referral"), t);
  }

  static ReminderRecorded reminder(Bytes32 caseId, Instant t) {
    return new ReminderRecorded(PLACEHOLDER, caseId, person("officer"), id("reminder"), t);
  }

  static NoticeRecorded notice(Bytes32 caseId, Instant t) {
    return new NoticeRecorded(PLACEHOLDER, caseId, person("officer"), id("notice"), t);
  }

  static CaseClosed closed(Bytes32 caseId, CloseResult result, Instant t) {
    return new CaseClosed(PLACEHOLDER, caseId, person("captain"), result, id("summary"), t);
  }

  static CaseHandedOff handedOff(Bytes32 caseId, Bytes32 from, Bytes32 to, Instant t) {
    return new CaseHandedOff(PLACEHOLDER, caseId, from, to, person("officer"), t);
  }

  static TransferProposed transferProposed(Bytes32 caseId, Bytes32 from, Bytes32 to, Instant t) {
    return new TransferProposed(PLACEHOLDER, caseId, from, to, person("captain"), t);
  }

  static TransferCancelled transferCancelled(Bytes32 caseId, Bytes32 to, Instant t) {
    return new TransferCancelled(PLACEHOLDER, caseId, to, person("captain"), t);
  }

  static CaseTransferred transferred(Bytes32 caseId, Bytes32 from, Bytes32 to, Instant t) {
    return new CaseTransferred(PLACEHOLDER, caseId, from, to, person("captain2"), t);
  }

  static EvidenceDeposited deposited(
      Bytes32 evidenceId, Bytes32 caseId, Bytes32 sha256, Bytes32 sm3, Instant t) {
    return new EvidenceDeposited(
        PLACEHOLDER,
        evidenceId,
        caseId,
        sha256,
        sm3,
        1,
        id("blob:" + evidenceId),
        id("meta:" + evidenceId),
        person("officer"),
        t,
        Bytes32.ZERO);
  }

  static BatchAnchored anchored(
      Bytes32 root, Bytes32 dept, long items, Bytes32 manifestRef, Instant t) {
    return new BatchAnchored(
        PLACEHOLDER, root, dept, person("officer"), items, manifestRef, id("batch-meta"), t);
  }

  static CustodyRecorded custody(Bytes32 subject, Bytes32 caseId, CustodyAction action, Instant t) {
    return new CustodyRecorded(
        PLACEHOLDER, subject, caseId, person("auditor"), action, id("ref:" + action), t);
  }

  static RequestCreated requestCreated(
      Bytes32 requestId, Bytes32 caseId, Bytes32 target, Bytes32 requester, Instant t) {
    return new RequestCreated(
        PLACEHOLDER,
        requestId,
        caseId,
        target,
        requester,
        person("officer"),
        BigInteger.valueOf(3),
        id("query:" + requestId),
        t.plus(Duration.ofDays(3)),
        42,
        t);
  }

  static RequestApproved approved(Bytes32 requestId, Instant t) {
    return new RequestApproved(PLACEHOLDER, requestId, person("captain"), t);
  }

  static LetterBound letterBound(Bytes32 requestId, Bytes32 letterId, Instant t) {
    return new LetterBound(PLACEHOLDER, requestId, letterId, person("office"), t);
  }

  static RequestAccepted accepted(Bytes32 requestId, Instant t) {
    return new RequestAccepted(PLACEHOLDER, requestId, person("custodian"), t);
  }

  static RequestRejected rejected(Bytes32 requestId, Instant t) {
    return new RequestRejected(PLACEHOLDER, requestId, person("custodian"), id("reason"), t);
  }

  static RequestFulfilled fulfilled(Bytes32 requestId, Instant t) {
    return new RequestFulfilled(
        PLACEHOLDER,
        requestId,
        person("custodian"),
        id("response:" + requestId),
        id("responseBlob:" + requestId),
        person("seal"),
        t.plusSeconds(600),
        new byte[65],
        t);
  }

  static ReceiptConfirmed confirmed(Bytes32 requestId, Instant t) {
    return new ReceiptConfirmed(PLACEHOLDER, requestId, person("officer"), t);
  }

  static RequestCancelled cancelled(Bytes32 requestId, Instant t) {
    return new RequestCancelled(PLACEHOLDER, requestId, person("officer"), t);
  }

  static RequestExpired expired(Bytes32 requestId, Instant t) {
    return new RequestExpired(PLACEHOLDER, requestId, person("anyone"), t);
  }

  static LetterIssued letterIssued(
      Bytes32 letterId,
      Bytes32 caseId,
      Address holder,
      Bytes32 issuerDept,
      Bytes32 target,
      Bytes32 requestId,
      Instant t) {
    return new LetterIssued(
        PLACEHOLDER,
        letterId,
        caseId,
        holder,
        issuerDept,
        person("office"),
        target,
        requestId,
        BigInteger.valueOf(3),
        id("purpose"),
        t.minusSeconds(60),
        t.plus(Duration.ofDays(7)),
        BigInteger.valueOf(letterId.hashCode() & 0xFFFF),
        t);
  }

  static LetterRevoked letterRevoked(Bytes32 letterId, Instant t) {
    return new LetterRevoked(PLACEHOLDER, letterId, person("office"), id("revoked"), t);
  }

  static DepartmentRegistered departmentRegistered(Bytes32 dept, Instant t) {
    return new DepartmentRegistered(
        PLACEHOLDER, dept, id("name:" + dept), person("seal:" + dept), new byte[64], t);
  }

  static MemberSet memberSet(Address account, Bytes32 dept, Instant t) {
    return new MemberSet(
        PLACEHOLDER,
        account,
        dept,
        EnumSet.of(Role.OFFICER),
        id("credential"),
        t.plus(Duration.ofDays(365)),
        person("admin"),
        t);
  }
}
