package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.indexer.store.TrackedBatch;
import cn.yunxi.sdk.events.CaseEvent;
import cn.yunxi.sdk.events.ConsortiumEvent;
import cn.yunxi.sdk.events.DepartmentKeysChanged;
import cn.yunxi.sdk.events.DepartmentReactivated;
import cn.yunxi.sdk.events.DepartmentRegistered;
import cn.yunxi.sdk.events.DepartmentSuspended;
import cn.yunxi.sdk.events.EvidenceEvent;
import cn.yunxi.sdk.events.LetterEvent;
import cn.yunxi.sdk.events.MemberRemoved;
import cn.yunxi.sdk.events.MemberSet;
import cn.yunxi.sdk.events.ProposalApproved;
import cn.yunxi.sdk.events.ProposalCreated;
import cn.yunxi.sdk.events.ProposalExecuted;
import cn.yunxi.sdk.events.RequestEvent;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;

/**
 * Writes everything one event produces into the block's batch: the raw log, the entries of the
 * projection for its contract, and the timeline and department activity entries of the cases and
 * departments the projection found it concerns.
 */
final class Projector {
  private static final byte[] EMPTY = new byte[0];

  private final EvidenceProjection evidence;

  Projector(ManifestSource manifests) {
    this.evidence = new EvidenceProjection(manifests);
  }

  /**
   * Indexes one event of the block.
   *
   * @return true if the event was a batch anchor whose manifest could not be used
   */
  boolean project(TrackedBatch batch, ChainEvent chainEvent, Instant blockTime) {
    var log = chainEvent.log();
    EventContext ctx = new EventContext(batch, log.blockNumber(), log.logIndex(), blockTime);
    byte[] stored = LogCodec.encode(log, blockTime);
    batch.put(IndexColumn.EVENTS, ctx.position, stored);
    YunxiEvent event = chainEvent.event();
    if (event instanceof CaseEvent e) {
      CaseProjection.apply(ctx, e);
    } else if (event instanceof EvidenceEvent e) {
      evidence.apply(ctx, e);
    } else if (event instanceof RequestEvent e) {
      RequestProjection.apply(ctx, e);
    } else if (event instanceof LetterEvent e) {
      LetterProjection.apply(ctx, e);
    } else if (event instanceof ConsortiumEvent e) {
      ctx.department(departmentOf(e));
    }
    // Timelines are the most asked list and a case's events lie scattered over the chain: each
    // entry holds a copy of the event, so a timeline is one range scan instead of a point read per
    // event (on a store of a million events, random reads were most of a timeline's time).
    for (Bytes32 caseId : ctx.cases) {
      batch.put(
          IndexColumn.CASE_TIMELINE,
          KeyWriter.key().bytes32(caseId).raw(ctx.position).build(),
          stored);
    }
    for (Bytes32 department : ctx.departments) {
      byte[] key = KeyWriter.key().bytes32(department).time(blockTime).raw(ctx.position).build();
      batch.put(IndexColumn.DEPARTMENT_ACTIVITY, key, EMPTY);
    }
    return ctx.manifestMissing;
  }

  /** The department a consortium event is about, or null (bootstrap finished). */
  private static Bytes32 departmentOf(ConsortiumEvent event) {
    if (event instanceof DepartmentRegistered e) {
      return e.department();
    } else if (event instanceof DepartmentSuspended e) {
      return e.department();
    } else if (event instanceof DepartmentReactivated e) {
      return e.department();
    } else if (event instanceof DepartmentKeysChanged e) {
      return e.department();
    } else if (event instanceof MemberSet e) {
      return e.department();
    } else if (event instanceof MemberRemoved e) {
      return e.department();
    } else if (event instanceof ProposalCreated e) {
      return e.department();
    } else if (event instanceof ProposalApproved e) {
      return e.department();
    } else if (event instanceof ProposalExecuted e) {
      return e.department();
    }
    return null;
  }
}
