package cn.yunxi.indexer.api;

import cn.yunxi.indexer.index.CaseState;
import cn.yunxi.indexer.index.EvidenceItem;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.LetterState;
import cn.yunxi.indexer.index.RequestState;
import cn.yunxi.sdk.model.Bytes32;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a token may see. An auditor sees everything. A department sees:
 *
 * <ul>
 *   <li>a case it owns, opened, was handed off (一件事), is asked to take over (pending transfer), or
 *       held before a transfer — and that case's timeline, evidence and custody;
 *   <li>a data request it is the requester or the target of;
 *   <li>a letter it issued or that introduces someone to it;
 *   <li>its own department lists, activity and statistics.
 * </ul>
 *
 * A known token asking for what it may not see gets 403. Lists that mix departments (evidence by
 * hash, letters by holder) are filtered instead, so a page may hold fewer items than its limit. One
 * instance serves one request: it remembers the cases it has decided.
 */
final class Access {
  private final IndexQueries q;
  private final Caller caller;
  private final Map<Bytes32, Boolean> cases = new HashMap<>();

  Access(IndexQueries q, Caller caller) {
    this.q = Objects.requireNonNull(q, "q");
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  Caller caller() {
    return caller;
  }

  /** 403 unless the caller speaks for {@code department}. */
  void requireDepartment(Bytes32 department) {
    if (!caller.speaksFor(department)) {
      throw ApiException.forbidden(
          "token " + caller.name() + " may not see department " + department);
    }
  }

  /**
   * The case, if the caller may see it. Case ids are keccak-256 of case numbers, which follow
   * guessable patterns; so a department token gets the same 403 for another department's case as
   * for one that does not exist — no probing other departments' case numbers. An auditor gets 404
   * for an unknown case.
   */
  CaseState visibleCase(Bytes32 caseId) {
    var c = q.caseState(caseId);
    if (c.isEmpty()) {
      if (caller.auditor()) {
        throw ApiException.notFound("no case " + caseId);
      }
      throw forbiddenCase(caseId);
    }
    if (!maySee(c.get())) {
      throw forbiddenCase(caseId);
    }
    return c.get();
  }

  private ApiException forbiddenCase(Bytes32 caseId) {
    return ApiException.forbidden(
        "token "
            + caller.name()
            + " may not see case "
            + caseId
            + " (not a case of department "
            + caller.department()
            + ", or none)");
  }

  void requireRequest(RequestState r) {
    if (!maySee(r)) {
      throw ApiException.forbidden(
          "token " + caller.name() + " may not see request " + r.requestId());
    }
  }

  void requireLetter(LetterState l) {
    if (!maySee(l)) {
      throw ApiException.forbidden(
          "token " + caller.name() + " may not see letter " + l.letterId());
    }
  }

  void requireItem(EvidenceItem item) {
    if (!maySee(item)) {
      throw ApiException.forbidden(
          "token " + caller.name() + " may not see the evidence of case " + item.caseId());
    }
  }

  boolean maySee(CaseState c) {
    if (caller.auditor()) {
      return true;
    }
    return cases.computeIfAbsent(c.caseId(), id -> isParty(c, caller.department()));
  }

  boolean maySeeCase(Bytes32 caseId) {
    if (caller.auditor()) {
      return true;
    }
    Boolean known = cases.get(caseId);
    if (known != null) {
      return known;
    }
    return q.caseState(caseId).map(this::maySee).orElse(false);
  }

  boolean maySee(RequestState r) {
    return caller.auditor()
        || caller.department().equals(r.requesterDepartment())
        || caller.department().equals(r.targetDepartment());
  }

  boolean maySee(LetterState l) {
    return caller.auditor()
        || caller.department().equals(l.issuerDepartment())
        || caller.department().equals(l.targetDepartment());
  }

  /**
   * An item of a case the caller may see; a batched item of a case the index does not know, to the
   * department that anchored it.
   */
  boolean maySee(EvidenceItem item) {
    if (caller.auditor() || maySeeCase(item.caseId())) {
      return true;
    }
    return item.department() != null
        && caller.department().equals(item.department())
        && q.caseState(item.caseId()).isEmpty();
  }

  /** Whether {@code department} is or was a party of the case. */
  private static boolean isParty(CaseState c, Bytes32 department) {
    return department.equals(c.department())
        || department.equals(c.openingDepartment())
        || department.equals(c.pendingTransferTo())
        || c.handedOffTo().contains(department)
        || c.formerOwners().contains(department);
  }
}
