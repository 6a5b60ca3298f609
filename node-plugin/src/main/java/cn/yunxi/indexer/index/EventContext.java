package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.TrackedBatch;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One event being indexed: the block's batch, where the event is, and what the projections found it
 * concerns — the departments (for the activity index) and cases (for the timelines), collected in
 * order and without duplicates so that each gets one entry.
 */
final class EventContext {
  final TrackedBatch batch;
  final byte[] position;
  final long blockNumber;
  final int logIndex;
  final Instant blockTime;
  final Set<Bytes32> departments = new LinkedHashSet<>();
  final Set<Bytes32> cases = new LinkedHashSet<>();
  boolean manifestMissing;

  EventContext(TrackedBatch batch, long blockNumber, int logIndex, Instant blockTime) {
    this.batch = batch;
    this.blockNumber = blockNumber;
    this.logIndex = logIndex;
    this.position = Positions.event(blockNumber, logIndex);
    this.blockTime = blockTime;
  }

  /** The event concerns {@code department} (the zero code, meaning none, is ignored). */
  void department(Bytes32 department) {
    if (department != null && !department.isZero()) {
      departments.add(department);
    }
  }

  /** The event belongs on the timeline of {@code caseId} (zero, meaning none, is ignored). */
  void caseTimeline(Bytes32 caseId) {
    if (caseId != null && !caseId.isZero()) {
      cases.add(caseId);
    }
  }

  /** The case as the batch holds it so far, or null if the index does not know it. */
  CaseDraft caseDraft(Bytes32 caseId) {
    byte[] v = batch.get(IndexColumn.CASES, caseId.toByteArray());
    return v == null ? null : CaseDraft.decode(v);
  }

  /** The event concerns the case's owner, if the case is known. */
  void caseOwner(Bytes32 caseId) {
    CaseDraft c = caseDraft(caseId);
    if (c != null) {
      department(c.department);
    }
  }
}
