package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.events.LetterBound;
import cn.yunxi.sdk.events.ReceiptConfirmed;
import cn.yunxi.sdk.events.RequestAccepted;
import cn.yunxi.sdk.events.RequestApproved;
import cn.yunxi.sdk.events.RequestCancelled;
import cn.yunxi.sdk.events.RequestCreated;
import cn.yunxi.sdk.events.RequestEvent;
import cn.yunxi.sdk.events.RequestExpired;
import cn.yunxi.sdk.events.RequestFulfilled;
import cn.yunxi.sdk.events.RequestRejected;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.time.Instant;

/**
 * Data-request events → {@link IndexColumn#REQUESTS} (state with every transition), the two
 * department/status lists, and on fulfilment {@link IndexColumn#REQUEST_TURNAROUND}. A status
 * change moves the request's list entries from the old status to the new one; the "any status"
 * entries (status byte 0) stay put.
 */
final class RequestProjection {
  /** Status byte of the entries that list a request whatever its status. */
  static final int ANY_STATUS = RequestStatus.NONE.ordinal();

  private static final byte[] EMPTY = new byte[0];

  private RequestProjection() {}

  static void apply(EventContext ctx, RequestEvent event) {
    if (event instanceof RequestCreated e) {
      created(ctx, e);
      return;
    }
    byte[] stored = ctx.batch.get(IndexColumn.REQUESTS, event.requestId().toByteArray());
    if (stored == null) {
      return;
    }
    RequestDraft r = RequestDraft.decode(stored);
    Instant at = event.time().orElse(ctx.blockTime);
    if (event instanceof RequestApproved e) {
      move(ctx, r, RequestStatus.APPROVED, at, e.approver());
    } else if (event instanceof LetterBound e) {
      r.letterId = e.letterId();
      move(ctx, r, RequestStatus.LETTER_BOUND, at, e.by());
    } else if (event instanceof RequestAccepted e) {
      move(ctx, r, RequestStatus.ACCEPTED, at, e.custodian());
    } else if (event instanceof RequestRejected e) {
      move(ctx, r, RequestStatus.REJECTED, at, e.custodian());
    } else if (event instanceof RequestFulfilled e) {
      r.responseHash = e.responseHash();
      r.responseBlobRef = e.blobRef();
      move(ctx, r, RequestStatus.FULFILLED, at, e.custodian());
      turnaround(ctx, r, at);
    } else if (event instanceof ReceiptConfirmed e) {
      move(ctx, r, RequestStatus.CONFIRMED, at, e.by());
    } else if (event instanceof RequestCancelled e) {
      move(ctx, r, RequestStatus.CANCELLED, at, e.by());
    } else if (event instanceof RequestExpired e) {
      move(ctx, r, RequestStatus.EXPIRED, at, e.by());
    }
    ctx.batch.put(IndexColumn.REQUESTS, r.requestId.toByteArray(), r.encode());
    concerns(ctx, r);
  }

  private static void created(EventContext ctx, RequestCreated e) {
    RequestDraft r = new RequestDraft();
    r.requestId = e.requestId();
    r.caseId = e.caseId();
    r.targetDepartment = e.targetDepartment();
    r.requesterDepartment = e.requesterDepartment();
    r.creator = e.creator();
    r.categories = e.categories();
    r.queryCommitment = e.queryCommitment();
    r.deadline = e.deadline();
    r.salt = e.salt();
    r.status = RequestStatus.CREATED;
    r.transitions.add(
        new RequestTransition(
            RequestStatus.CREATED, e.timestamp(), e.creator(), ctx.blockNumber, ctx.logIndex));
    ctx.batch.put(IndexColumn.REQUESTS, r.requestId.toByteArray(), r.encode());
    listEntries(ctx, r, ANY_STATUS, true);
    listEntries(ctx, r, r.status.ordinal(), true);
    concerns(ctx, r);
  }

  private static void move(
      EventContext ctx, RequestDraft r, RequestStatus to, Instant at, Address by) {
    listEntries(ctx, r, r.status.ordinal(), false);
    r.status = to;
    r.transitions.add(new RequestTransition(to, at, by, ctx.blockNumber, ctx.logIndex));
    listEntries(ctx, r, to.ordinal(), true);
  }

  private static void turnaround(EventContext ctx, RequestDraft r, Instant fulfilledAt) {
    byte[] seconds =
        KeyWriter.key()
            .int64(fulfilledAt.getEpochSecond() - r.createdAt().getEpochSecond())
            .build();
    for (RequestSide side : RequestSide.values()) {
      Bytes32 department = side == RequestSide.TARGET ? r.targetDepartment : r.requesterDepartment;
      byte[] key =
          KeyWriter.key()
              .bytes32(department)
              .ordinal(side)
              .time(fulfilledAt)
              .bytes32(r.requestId)
              .build();
      ctx.batch.put(IndexColumn.REQUEST_TURNAROUND, key, seconds);
    }
  }

  private static void listEntries(EventContext ctx, RequestDraft r, int status, boolean present) {
    list(ctx, IndexColumn.REQUESTS_BY_TARGET, r.targetDepartment, status, r, present);
    list(ctx, IndexColumn.REQUESTS_BY_REQUESTER, r.requesterDepartment, status, r, present);
  }

  private static void list(
      EventContext ctx,
      IndexColumn column,
      Bytes32 department,
      int status,
      RequestDraft r,
      boolean present) {
    byte[] key = listKey(department, status, r.createdAt(), r.requestId);
    if (present) {
      ctx.batch.put(column, key, EMPTY);
    } else {
      ctx.batch.delete(column, key);
    }
  }

  static byte[] listKey(Bytes32 department, int status, Instant createdAt, Bytes32 requestId) {
    return KeyWriter.key()
        .bytes32(department)
        .uint8(status)
        .time(createdAt)
        .bytes32(requestId)
        .build();
  }

  private static void concerns(EventContext ctx, RequestDraft r) {
    ctx.caseTimeline(r.caseId);
    ctx.department(r.requesterDepartment);
    ctx.department(r.targetDepartment);
  }
}
