package cn.yunxi.indexer.gateway;

import cn.yunxi.indexer.gateway.MemberDirectory.Membership;
import cn.yunxi.indexer.index.BatchState;
import cn.yunxi.indexer.index.CaseState;
import cn.yunxi.indexer.index.EvidenceItem;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.Page;
import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.indexer.index.RequestState;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.GatewayBlobStore.Scope;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.util.Optional;

/**
 * Who may have a blob, by the on-chain record the caller names it by ({@link Scope}). The record
 * must exist and name the blob, and the member must be entitled to it:
 *
 * <ul>
 *   <li>an evidence record's content ({@code evidence}), or any item of a case ({@code case}): a
 *       member of the case's owner or of a department it was handed off to — who may act on the
 *       case on chain — or, for a batched item, of the department that anchored it;
 *   <li>a data request's response ({@code request}): once fulfilled, a member of the requesting
 *       department, or of the department that produced it;
 *   <li>a batch manifest ({@code batch}): a member of the anchoring department;
 *   <li>any of these: a member of the department that runs the gateway (the blobs in its store are
 *       its own, whatever became of the case since — a transfer does not lock a department out of
 *       what it collected), or an auditor (a member with the AUDITOR role).
 * </ul>
 *
 * The record must name the blob even for those: a blob is only ever handed out as part of a record
 * the index knows.
 */
final class BlobEntitlement {
  /** A case with more items than this is searched no further for a blob; name the record. */
  static final int MAX_CASE_ITEMS = 10_000;

  private final IndexQueries q;
  private final Bytes32 gatewayDepartment;

  BlobEntitlement(IndexQueries q, Bytes32 gatewayDepartment) {
    this.q = q;
    this.gatewayDepartment = gatewayDepartment;
  }

  /** Empty if {@code member} may have the blob; otherwise why not. */
  Optional<String> refusal(Membership member, Scope scope, BlobRef ref) {
    Bytes32 blob = ref.toBytes32();
    return switch (scope.kind()) {
      case EVIDENCE -> evidence(member, scope.id(), blob);
      case CASE -> caseItem(member, scope.id(), blob);
      case REQUEST -> response(member, scope.id(), blob);
      case BATCH -> manifest(member, scope.id(), blob);
    };
  }

  private Optional<String> evidence(Membership member, Bytes32 evidenceId, Bytes32 blob) {
    Optional<EvidenceItem> item = q.evidence(evidenceId);
    if (item.isEmpty() || !blob.equals(item.get().blobRef())) {
      return Optional.of("evidence record " + evidenceId + " does not name this blob");
    }
    return privileged(member) || actsOnCase(member.department(), item.get().caseId())
        ? Optional.empty()
        : Optional.of(notEntitled(member, "case " + item.get().caseId()));
  }

  private Optional<String> caseItem(Membership member, Bytes32 caseId, Bytes32 blob) {
    Optional<EvidenceItem> item = findInCase(caseId, blob);
    if (item.isEmpty()) {
      return Optional.of("no evidence item of case " + caseId + " names this blob");
    }
    boolean anchoredByMember = member.department().equals(item.get().department());
    return privileged(member) || anchoredByMember || actsOnCase(member.department(), caseId)
        ? Optional.empty()
        : Optional.of(notEntitled(member, "case " + caseId));
  }

  private Optional<String> response(Membership member, Bytes32 requestId, Bytes32 blob) {
    Optional<RequestState> r = q.request(requestId);
    if (r.isEmpty() || !blob.equals(r.get().responseBlobRef())) {
      return Optional.of("request " + requestId + " has no response in this blob");
    }
    RequestState request = r.get();
    boolean fulfilled =
        request.status() == RequestStatus.FULFILLED || request.status() == RequestStatus.CONFIRMED;
    if (!fulfilled) {
      return Optional.of("request " + requestId + " is " + request.status() + ", not fulfilled");
    }
    boolean party =
        member.department().equals(request.requesterDepartment())
            || member.department().equals(request.targetDepartment());
    return privileged(member) || party
        ? Optional.empty()
        : Optional.of(notEntitled(member, "request " + requestId));
  }

  private Optional<String> manifest(Membership member, Bytes32 root, Bytes32 blob) {
    Optional<BatchState> b = q.batch(root);
    if (b.isEmpty() || !blob.equals(b.get().manifestRef())) {
      return Optional.of("batch " + root + " has no manifest in this blob");
    }
    return privileged(member) || member.department().equals(b.get().department())
        ? Optional.empty()
        : Optional.of(notEntitled(member, "batch " + root));
  }

  /** An auditor, or a member of the gateway's own department: entitled to any record's blob. */
  private boolean privileged(Membership member) {
    return member.isAuditor() || member.department().equals(gatewayDepartment);
  }

  /** As the contract's {@code isEntitled}: the case's owner, or a department it was handed to. */
  private boolean actsOnCase(Bytes32 department, Bytes32 caseId) {
    Optional<CaseState> c = q.caseState(caseId);
    return c.isPresent()
        && (department.equals(c.get().department()) || c.get().handedOffTo().contains(department));
  }

  private Optional<EvidenceItem> findInCase(Bytes32 caseId, Bytes32 blob) {
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    for (int seen = 0; seen < MAX_CASE_ITEMS; seen += PageRequest.MAX_LIMIT) {
      Page<EvidenceItem> items = q.evidenceOfCase(caseId, page);
      for (EvidenceItem item : items.items()) {
        if (blob.equals(item.blobRef())) {
          return Optional.of(item);
        }
      }
      if (!items.hasNext()) {
        break;
      }
      page = PageRequest.after(items.nextCursor(), PageRequest.MAX_LIMIT);
    }
    return Optional.empty();
  }

  private static String notEntitled(Membership member, String what) {
    return "member "
        + member.account()
        + " of department "
        + member.department()
        + " is not entitled to "
        + what;
  }
}
