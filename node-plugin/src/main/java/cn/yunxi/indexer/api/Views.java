package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.CaseDecision;
import cn.yunxi.indexer.index.CaseState;
import cn.yunxi.indexer.index.DurationBucket;
import cn.yunxi.indexer.index.DurationSeries;
import cn.yunxi.indexer.index.EvidenceItem;
import cn.yunxi.indexer.index.IndexedEvent;
import cn.yunxi.indexer.index.LetterState;
import cn.yunxi.indexer.index.RequestState;
import cn.yunxi.indexer.index.RequestTransition;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.index.BucketView;
import cn.yunxi.sdk.index.CaseView;
import cn.yunxi.sdk.index.DecisionView;
import cn.yunxi.sdk.index.EventView;
import cn.yunxi.sdk.index.EvidenceView;
import cn.yunxi.sdk.index.Head;
import cn.yunxi.sdk.index.LetterView;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.index.SeriesView;
import cn.yunxi.sdk.index.TransitionView;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The index's records as the API's wire records ({@code cn.yunxi.sdk.index}, which the SDK's client
 * reads): the one place that decides what a caller sees of each.
 */
public final class Views {
  private Views() {}

  public static Head head(Checkpoint c) {
    return new Head(c.number(), c.hash());
  }

  public static CaseView of(CaseState c) {
    CaseDecision d = c.decision();
    DecisionView decision =
        d == null
            ? null
            : new DecisionView(
                d.decisionHash(),
                d.provisionsHash(),
                d.fineFen(),
                d.paymentDue(),
                d.reviewDeadline(),
                d.decidedBy(),
                d.decidedAt());
    return new CaseView(
        c.caseId(),
        c.department(),
        c.openingDepartment(),
        c.openedBy(),
        c.caseType(),
        c.simple(),
        c.status(),
        c.openedAt(),
        c.investigationStartedAt(),
        decision,
        c.paidAt(),
        c.paymentReceiptHash(),
        c.referredAt(),
        c.referralHash(),
        c.closedAt(),
        c.closeResult(),
        c.closingSummaryHash(),
        c.handedOffTo(),
        c.formerOwners(),
        c.pendingTransferTo(),
        c.reminders(),
        c.notices(),
        c.updatedAt());
  }

  public static EvidenceView of(EvidenceItem e) {
    return new EvidenceView(
        e.source().name(),
        e.evidenceId(),
        e.caseId(),
        e.contentSha256(),
        e.contentSm3(),
        e.kind(),
        e.blobRef(),
        e.metadataHash(),
        e.submittedBy(),
        e.department(),
        e.at(),
        e.supersedes(),
        e.batchRoot(),
        e.leafIndex(),
        e.blockNumber(),
        e.logIndex(),
        e.transactionHash());
  }

  public static RequestView of(RequestState r) {
    return new RequestView(
        r.requestId(),
        r.caseId(),
        r.targetDepartment(),
        r.requesterDepartment(),
        r.creator(),
        r.categories(),
        r.queryCommitment(),
        r.deadline(),
        r.salt(),
        r.status(),
        r.letterId(),
        r.responseHash(),
        r.responseBlobRef(),
        r.transitions().stream().map(Views::of).toList());
  }

  private static TransitionView of(RequestTransition t) {
    return new TransitionView(t.status(), t.at(), t.by(), t.blockNumber(), t.logIndex());
  }

  public static LetterView of(LetterState l) {
    return new LetterView(
        l.letterId(),
        l.caseId(),
        l.holder(),
        l.issuerDepartment(),
        l.issuer(),
        l.targetDepartment(),
        l.requestId(),
        l.categories(),
        l.purposeHash(),
        l.validFrom(),
        l.validUntil(),
        l.nonce(),
        l.issuedAt(),
        l.revokedAt(),
        l.revokedBy(),
        l.revocationReasonHash());
  }

  public static SeriesView of(DurationSeries s) {
    return new SeriesView(
        s.department(),
        s.from(),
        s.to(),
        s.zone().getId(),
        s.buckets().stream().map(Views::of).toList());
  }

  private static BucketView of(DurationBucket b) {
    return new BucketView(
        b.day(),
        b.count(),
        b.minSeconds(),
        b.medianSeconds(),
        b.p90Seconds(),
        b.maxSeconds(),
        b.meanSeconds());
  }

  /**
   * An event with its parameters by name. Events are the SDK's records, one component per Solidity
   * parameter after {@code meta}; reading the components keeps this in step with the SDK's decoder
   * for every event, present and future. Values stay typed here; {@link
   * cn.yunxi.sdk.index.IndexJson} writes them (hex, ISO-8601, decimal strings, names).
   */
  public static EventView of(IndexedEvent indexed) {
    YunxiEvent e = indexed.event();
    Component[] components = COMPONENTS.get(e.getClass());
    Map<String, Object> fields = new LinkedHashMap<>(components.length * 2);
    for (Component c : components) {
      try {
        fields.put(c.name(), c.accessor().invoke(e));
      } catch (IllegalAccessException | InvocationTargetException ex) {
        throw new IllegalStateException("cannot read " + e.name() + "." + c.name(), ex);
      }
    }
    var meta = e.meta();
    return new EventView(
        e.name(),
        e.contract().contractName(),
        meta.blockNumber(),
        meta.logIndex(),
        meta.blockHash(),
        meta.transactionHash(),
        indexed.blockTime(),
        fields);
  }

  /** A record component after {@code meta}: its name and accessor. */
  private record Component(String name, Method accessor) {}

  /**
   * Each event class's components, looked up once: {@link Class#getRecordComponents()} builds new
   * reflection objects on every call, which cost more than the rest of a view.
   */
  private static final ClassValue<Component[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents())
              .filter(c -> !c.getName().equals("meta"))
              .map(c -> new Component(c.getName(), c.getAccessor()))
              .toArray(Component[]::new);
        }
      };
}
