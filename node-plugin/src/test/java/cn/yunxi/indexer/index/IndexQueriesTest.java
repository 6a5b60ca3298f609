package cn.yunxi.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.blob.BatchManifest;
import cn.yunxi.sdk.events.CustodyRecorded;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.CustodyAction;
import cn.yunxi.sdk.model.RequestStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries answer what a known story of events did: a case decided, paid and closed with a data
 * request served for it; evidence deposited and batched; letters; a hand-off and a transfer. Then
 * pagination, cursors and statistics.
 */
class IndexQueriesTest {
  private static final Bytes32 ENF = Ev.dept("JB-ZHXZZF");
  private static final Bytes32 TRF = Ev.dept("JB-JJDD");
  private static final Bytes32 MKT = Ev.dept("JB-SCJG");
  private static final Bytes32 C1 = Ev.id("case 1");
  private static final Bytes32 C2 = Ev.id("case 2");
  private static final Bytes32 C3 = Ev.id("case 3");
  private static final Bytes32 E1 = Ev.id("evidence 1");
  private static final Bytes32 E2 = Ev.id("evidence 2");
  private static final Bytes32 R1 = Ev.id("request 1");
  private static final Bytes32 R2 = Ev.id("request 2");
  private static final Bytes32 L1 = Ev.id("letter 1");
  private static final Bytes32 L2 = Ev.id("letter 2");
  private static final Bytes32 SHA = Ev.id("sha of photo");
  private static final Bytes32 SM3 = Ev.id("sm3 of photo");
  private static final Address HOLDER = Ev.person("officer");

  @TempDir Path dir;

  private final TestChain chain = new TestChain("main");
  private final List<byte[]> manifests = new ArrayList<>();
  private RocksIndex index;
  private IndexQueries q;
  private BatchManifest batch;

  @BeforeEach
  void open() {
    ManifestSource source =
        ref -> manifests.stream().filter(m -> RandomScenario.sha256(m).equals(ref)).findFirst();
    index = RocksIndex.open(dir, source);
    q = index.queries(EventLogs.DECODER);
  }

  @AfterEach
  void close() {
    index.close();
  }

  /** Builds and applies the story; block n has time 2026-03-01T00:00Z + n minutes. */
  private void story() {
    add(t -> List.of(Ev.departmentRegistered(ENF, t), Ev.departmentRegistered(TRF, t)));
    add(t -> List.of(Ev.opened(C1, ENF, t), Ev.opened(C2, ENF, t), Ev.opened(C3, TRF, t)));
    add(
        t ->
            List.of(
                Ev.investigating(C1, t),
                Ev.deposited(E1, C1, SHA, SM3, t),
                Ev.deposited(E2, C2, SHA, Ev.id("other sm3"), t),
                Ev.custody(E1, C1, CustodyAction.ACCESSED, t)));
    add(
        t ->
            List.of(
                Ev.decided(C1, 50_000, t),
                Ev.requestCreated(R1, C1, TRF, ENF, t),
                Ev.letterIssued(L1, C1, HOLDER, ENF, TRF, R1, t)));
    add(t -> List.of(Ev.approved(R1, t), Ev.letterBound(R1, L1, t), Ev.accepted(R1, t)));
    add(
        t ->
            List.of(
                Ev.fulfilled(R1, t),
                Ev.custody(R1, C1, CustodyAction.RECEIVED_VIA_REQUEST, t),
                Ev.confirmed(R1, t)));
    add(t -> List.of(Ev.paid(C1, t), Ev.closed(C1, CloseResult.PENALTY_EXECUTED, t)));
    add(
        t ->
            List.of(
                Ev.requestCreated(R2, C2, TRF, ENF, t),
                Ev.cancelled(R2, t),
                Ev.letterIssued(L2, C2, HOLDER, ENF, TRF, R2, t),
                Ev.letterRevoked(L2, t)));
    add(
        t ->
            List.of(
                Ev.handedOff(C2, ENF, MKT, t),
                Ev.transferProposed(C3, TRF, ENF, t),
                Ev.transferred(C3, TRF, ENF, t)));
    batch =
        BatchManifest.of(
            List.of(
                new BatchLeaf(C1, SHA, SM3, 1, Ev.id("b1"), Ev.id("m1")),
                new BatchLeaf(C2, Ev.id("sha 2"), Ev.id("sm3 2"), 2, Ev.id("b2"), Ev.id("m2")),
                new BatchLeaf(C3, Ev.id("sha 3"), Ev.id("sm3 3"), 3, Ev.id("b3"), Ev.id("m3"))));
    manifests.add(batch.encode());
    Bytes32 ref = RandomScenario.sha256(batch.encode());
    add(t -> List.of(Ev.anchored(batch.root(), ENF, 3, ref, t)));
  }

  private ChainBlock add(Function<Instant, List<? extends YunxiEvent>> events) {
    ChainBlock block = chain.add(events.apply(chain.nextTime()));
    index.apply(block);
    return block;
  }

  private Instant time(int block) {
    return chain.timeOf(block);
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
    return query.apply(PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }

  @Test
  void everyStoredEventDecodesToTheEventThatWasApplied() {
    story();
    int count = 0;
    for (ChainBlock b : chain.blocks()) {
      for (ChainEvent e : b.events()) {
        IndexedEvent stored = q.event(e.log().blockNumber(), e.log().logIndex()).orElseThrow();
        assertThat(stored.event()).isEqualTo(e.event());
        assertThat(stored.blockTime()).isEqualTo(b.time());
        count++;
      }
    }
    assertThat(q.status()).isEqualTo(new IndexStatus(chain.block(9).checkpoint(), 10, count, 0));
  }

  @Test
  void aCaseHasItsStateAndItsWholeTimeline() {
    story();
    CaseState c1 = q.caseState(C1).orElseThrow();
    assertThat(c1.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c1.department()).isEqualTo(ENF);
    assertThat(c1.openedAt()).isEqualTo(time(1));
    assertThat(c1.investigationStartedAt()).isEqualTo(time(2));
    assertThat(c1.decision().fineFen()).isEqualTo(50_000);
    assertThat(c1.decision().provisionsHash()).isEqualTo(Ev.id("provisions:" + C1));
    assertThat(c1.decision().decidedAt()).isEqualTo(time(3));
    assertThat(c1.paidAt()).isEqualTo(time(6));
    assertThat(c1.closedAt()).isEqualTo(time(6));
    assertThat(c1.closeResult()).isEqualTo(CloseResult.PENALTY_EXECUTED);
    assertThat(q.caseState(Ev.id("no such case"))).isEmpty();

    List<IndexedEvent> timeline = all(p -> q.caseTimeline(C1, p));
    assertThat(timeline)
        .extracting(e -> e.event().name())
        .containsExactly(
            "CaseOpened",
            "InvestigationStarted",
            "EvidenceDeposited",
            "CustodyRecorded",
            "CaseDecided",
            "RequestCreated",
            "LetterIssued",
            "RequestApproved",
            "LetterBound",
            "RequestAccepted",
            "RequestFulfilled",
            "CustodyRecorded",
            "ReceiptConfirmed",
            "PaymentRecorded",
            "CaseClosed",
            "BatchAnchored");
    assertThat(timeline.get(4).blockTime()).isEqualTo(time(3));
  }

  @Test
  void handOffsAndTransfersMoveCasesBetweenDepartmentLists() {
    story();
    assertThat(all(p -> q.casesOfDepartment(ENF, p)))
        .extracting(CaseState::caseId)
        .containsExactlyInAnyOrder(C1, C2, C3);
    assertThat(all(p -> q.casesOfDepartment(TRF, p))).as("C3 was transferred away").isEmpty();
    assertThat(all(p -> q.casesOfDepartment(MKT, p)))
        .extracting(CaseState::caseId)
        .containsExactly(C2);
    CaseState c3 = q.caseState(C3).orElseThrow();
    assertThat(c3.department()).isEqualTo(ENF);
    assertThat(c3.openingDepartment()).isEqualTo(TRF);
    assertThat(c3.pendingTransferTo()).isNull();
    assertThat(c3.formerOwners()).containsExactly(TRF);
    assertThat(q.caseState(C2).orElseThrow().handedOffTo()).containsExactly(MKT);
    assertThat(q.caseState(C1).orElseThrow().formerOwners()).isEmpty();
  }

  @Test
  void formerOwnersAreListedOnceInTheOrderTheyGaveTheCaseUpAndNeverWithTheOwner() {
    story();
    add(t -> List.of(Ev.transferred(C3, ENF, TRF, t)));
    CaseState back = q.caseState(C3).orElseThrow();
    assertThat(back.department()).isEqualTo(TRF);
    assertThat(back.formerOwners()).as("TRF owns it again").containsExactly(ENF);
    add(t -> List.of(Ev.transferred(C3, TRF, MKT, t)));
    CaseState onwards = q.caseState(C3).orElseThrow();
    assertThat(onwards.department()).isEqualTo(MKT);
    assertThat(onwards.formerOwners()).containsExactly(ENF, TRF);
  }

  @Test
  void evidenceIsFoundByEitherHashAndByCaseWhetherDepositedOrBatched() {
    story();
    assertThat(all(p -> q.evidenceBySha256(SHA, p)))
        .extracting(EvidenceItem::source, EvidenceItem::evidenceId, EvidenceItem::caseId)
        .containsExactly(
            tuple(EvidenceItem.Source.DEPOSIT, E1, C1),
            tuple(EvidenceItem.Source.DEPOSIT, E2, C2),
            tuple(EvidenceItem.Source.BATCH, null, C1));
    assertThat(all(p -> q.evidenceBySm3(SM3, p)))
        .extracting(EvidenceItem::evidenceId, EvidenceItem::batchRoot)
        .containsExactly(tuple(E1, null), tuple(null, batch.root()));
    List<EvidenceItem> ofC2 = all(p -> q.evidenceOfCase(C2, p));
    assertThat(ofC2).extracting(EvidenceItem::contentSha256).containsExactly(SHA, Ev.id("sha 2"));
    EvidenceItem leaf = ofC2.get(1);
    assertThat(leaf.leafIndex()).isEqualTo(1);
    assertThat(leaf.kind()).isEqualTo(2);
    assertThat(leaf.department()).isEqualTo(ENF);
    assertThat(leaf.at()).isEqualTo(time(9));
    assertThat(leaf.blockNumber()).isEqualTo(9);

    EvidenceItem e1 = q.evidence(E1).orElseThrow();
    assertThat(e1.contentSm3()).isEqualTo(SM3);
    assertThat(e1.blockNumber()).isEqualTo(2);
    assertThat(e1.supersedes()).isNull();
    assertThat(q.evidence(Ev.id("unknown"))).isEmpty();
    assertThat(all(p -> q.evidenceBySha256(Ev.id("unknown"), p))).isEmpty();
    assertThat(q.batch(batch.root()).orElseThrow())
        .extracting(BatchState::itemCount, BatchState::itemsIndexed)
        .containsExactly(3L, true);
  }

  @Test
  void custodyIsListedPerSubject() {
    story();
    assertThat(all(p -> q.custody(E1, p)))
        .extracting(e -> ((CustodyRecorded) e.event()).action())
        .containsExactly(CustodyAction.ACCESSED);
    assertThat(all(p -> q.custody(R1, p)))
        .extracting(e -> ((CustodyRecorded) e.event()).action())
        .containsExactly(CustodyAction.RECEIVED_VIA_REQUEST);
    assertThat(all(p -> q.custody(E2, p))).isEmpty();
  }

  @Test
  void aRequestHasEveryTransitionWithItsTimeAndIsListedByPartyAndStatus() {
    story();
    RequestState r1 = q.request(R1).orElseThrow();
    assertThat(r1.status()).isEqualTo(RequestStatus.CONFIRMED);
    assertThat(r1.letterId()).isEqualTo(L1);
    assertThat(r1.responseHash()).isEqualTo(Ev.id("response:" + R1));
    assertThat(r1.transitions())
        .extracting(RequestTransition::status, RequestTransition::at)
        .containsExactly(
            tuple(RequestStatus.CREATED, time(3)),
            tuple(RequestStatus.APPROVED, time(4)),
            tuple(RequestStatus.LETTER_BOUND, time(4)),
            tuple(RequestStatus.ACCEPTED, time(4)),
            tuple(RequestStatus.FULFILLED, time(5)),
            tuple(RequestStatus.CONFIRMED, time(5)));
    assertThat(r1.timeOf(RequestStatus.FULFILLED)).contains(time(5));
    assertThat(r1.timeOf(RequestStatus.REJECTED)).isEmpty();
    assertThat(q.request(R2).orElseThrow().status()).isEqualTo(RequestStatus.CANCELLED);

    assertThat(all(p -> q.requests(TRF, RequestSide.TARGET, null, p)))
        .extracting(RequestState::requestId)
        .containsExactly(R1, R2);
    assertThat(all(p -> q.requests(TRF, RequestSide.TARGET, RequestStatus.CONFIRMED, p)))
        .extracting(RequestState::requestId)
        .containsExactly(R1);
    assertThat(all(p -> q.requests(ENF, RequestSide.REQUESTER, RequestStatus.CANCELLED, p)))
        .extracting(RequestState::requestId)
        .containsExactly(R2);
    assertThat(all(p -> q.requests(ENF, RequestSide.REQUESTER, RequestStatus.CREATED, p)))
        .as("no request stays listed under a status it left")
        .isEmpty();
    assertThat(all(p -> q.requests(ENF, RequestSide.TARGET, null, p))).isEmpty();
    assertThatThrownBy(
            () -> q.requests(ENF, RequestSide.TARGET, RequestStatus.NONE, PageRequest.first(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NONE");
  }

  @Test
  void lettersAreListedByHolderAndByTargetWithTheirRevocation() {
    story();
    assertThat(all(p -> q.lettersByHolder(HOLDER, p)))
        .extracting(LetterState::letterId)
        .containsExactly(L1, L2);
    assertThat(all(p -> q.lettersByTarget(TRF, p)))
        .extracting(LetterState::letterId, LetterState::revokedAt)
        .containsExactly(tuple(L1, null), tuple(L2, time(7)));
    assertThat(all(p -> q.lettersByTarget(ENF, p))).isEmpty();
    assertThat(q.letter(L1).orElseThrow().requestId()).isEqualTo(R1);
  }

  @Test
  void departmentActivityIsTheDepartmentsEventsInATimeRange() {
    story();
    List<IndexedEvent> trf = all(p -> q.departmentActivity(TRF, time(0), time(10), p));
    assertThat(trf)
        .extracting(e -> e.event().name())
        .containsExactly(
            "DepartmentRegistered",
            "CaseOpened",
            "RequestCreated",
            "LetterIssued",
            "RequestApproved",
            "LetterBound",
            "RequestAccepted",
            "RequestFulfilled",
            "ReceiptConfirmed",
            "RequestCreated",
            "RequestCancelled",
            "LetterIssued",
            "LetterRevoked",
            "TransferProposed",
            "CaseTransferred");
    assertThat(all(p -> q.departmentActivity(TRF, time(4), time(6), p)))
        .extracting(e -> e.blockTime())
        .containsOnly(time(4), time(5))
        .hasSize(5);
    assertThat(all(p -> q.departmentActivity(MKT, time(0), time(10), p)))
        .extracting(e -> e.event().name())
        .containsExactly("CaseHandedOff");
    assertThatThrownBy(() -> q.departmentActivity(TRF, time(5), time(5), PageRequest.first(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not before");
  }

  @Test
  void paginationWalksEveryItemOnceInOrder() {
    List<Bytes32> opened = new ArrayList<>();
    for (int block = 0; block < 6; block++) {
      int b = block;
      add(
          t -> {
            List<YunxiEvent> events = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
              Bytes32 id = Ev.id("case " + b + "/" + i);
              opened.add(id);
              events.add(Ev.opened(id, ENF, t));
            }
            return events;
          });
    }
    List<CaseState> oneGo = all(p -> q.casesOfDepartment(ENF, p));
    assertThat(oneGo).extracting(CaseState::caseId).containsExactlyInAnyOrderElementsOf(opened);
    assertThat(oneGo).extracting(CaseState::openedAt).isSorted();

    for (int limit : new int[] {1, 5, 7, 23, 24, 25}) {
      List<CaseState> walked = new ArrayList<>();
      Page<CaseState> page = q.casesOfDepartment(ENF, PageRequest.first(limit));
      int pages = 1;
      walked.addAll(page.items());
      while (page.hasNext()) {
        assertThat(page.items()).hasSize(limit);
        page = q.casesOfDepartment(ENF, PageRequest.after(page.nextCursor(), limit));
        walked.addAll(page.items());
        pages++;
      }
      assertThat(walked).as("limit %d", limit).isEqualTo(oneGo);
      assertThat(pages).as("limit %d", limit).isEqualTo((24 + limit - 1) / limit);
    }
  }

  @Test
  void aCursorOfAnotherQueryOrAMalformedOneIsRefused() {
    story();
    String cursor = q.evidenceBySha256(SHA, PageRequest.first(1)).nextCursor();
    assertThat(cursor).isNotNull();
    assertThat(q.evidenceBySha256(SHA, PageRequest.after(cursor, 5)).items()).hasSize(2);

    refused(
        () -> q.evidenceBySha256(Ev.id("other"), PageRequest.after(cursor, 5)), "another query");
    refused(() -> q.evidenceBySm3(SHA, PageRequest.after(cursor, 5)), "another list");
    refused(() -> q.caseTimeline(C1, PageRequest.after(cursor, 5)), "another list");
    refused(() -> q.evidenceBySha256(SHA, PageRequest.after("%%%", 5)), "not base64url");
    assertThat(PageRequest.after("", 5).cursor()).as("empty means the first page").isNull();
    refused(() -> q.evidenceBySha256(SHA, PageRequest.after("AQ", 5)), "unknown format");
    byte[] raw = Base64.getUrlDecoder().decode(cursor);
    raw[0] = 2;
    refused(
        () ->
            q.evidenceBySha256(
                SHA, PageRequest.after(Base64.getUrlEncoder().encodeToString(raw), 5)),
        "unknown format");
    String truncated =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(Arrays.copyOf(Base64.getUrlDecoder().decode(cursor), 20));
    refused(() -> q.evidenceBySha256(SHA, PageRequest.after(truncated, 5)), "malformed");
    refused(() -> q.evidenceBySha256(SHA, PageRequest.after("A".repeat(600), 5)), "longer than");

    String confirmed = q.requests(TRF, RequestSide.TARGET, null, PageRequest.first(1)).nextCursor();
    refused(
        () ->
            q.requests(
                TRF, RequestSide.TARGET, RequestStatus.CONFIRMED, PageRequest.after(confirmed, 5)),
        "another query");
    refused(
        () -> q.requests(TRF, RequestSide.REQUESTER, null, PageRequest.after(confirmed, 5)),
        "another list");

    assertThatThrownBy(() -> PageRequest.first(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 500");
    assertThatThrownBy(() -> PageRequest.first(501)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void refused(Runnable query, String reason) {
    assertThatThrownBy(query::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid cursor")
        .hasMessageContaining(reason);
  }

  @Test
  void turnaroundAndCycleTimeAreSummarisedPerDayOfTheZoneAsked() {
    // Ten requests created at 15:00Z and fulfilled after 1..10 minutes; the tenth after 90.
    Instant base = Instant.parse("2026-03-01T15:00:00Z");
    for (int i = 1; i <= 10; i++) {
      Bytes32 id = Ev.id("turnaround " + i);
      int minutes = i == 10 ? 90 : i;
      add(t -> List.of(Ev.requestCreated(id, C1, TRF, ENF, base)));
      add(t -> List.of(Ev.fulfilled(id, base.plusSeconds(60L * minutes))));
    }
    add(t -> List.of(Ev.opened(C1, ENF, base.minusSeconds(86_400))));
    add(t -> List.of(Ev.closed(C1, CloseResult.NO_PENALTY, base)));

    Instant from = Instant.parse("2026-03-01T00:00:00Z");
    Instant to = Instant.parse("2026-03-03T00:00:00Z");
    DurationSeries utc = q.requestTurnaround(TRF, RequestSide.TARGET, from, to, ZoneOffset.UTC);
    assertThat(utc.buckets()).hasSize(1);
    DurationBucket day = utc.buckets().get(0);
    assertThat(day.day()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(day.count()).isEqualTo(10);
    assertThat(day.minSeconds()).isEqualTo(60);
    assertThat(day.medianSeconds()).isEqualTo(300);
    assertThat(day.p90Seconds()).isEqualTo(540);
    assertThat(day.maxSeconds()).isEqualTo(5400);
    assertThat(day.meanSeconds()).isEqualTo((45 * 60 + 5400) / 10);

    // In Beijing time the 90-minute one (16:30Z) ends on the next day.
    DurationSeries beijing =
        q.requestTurnaround(TRF, RequestSide.TARGET, from, to, ZoneId.of("Asia/Shanghai"));
    assertThat(beijing.buckets())
        .extracting(DurationBucket::day, DurationBucket::count)
        .containsExactly(tuple(LocalDate.of(2026, 3, 1), 9), tuple(LocalDate.of(2026, 3, 2), 1));
    assertThat(q.requestTurnaround(ENF, RequestSide.REQUESTER, from, to, ZoneOffset.UTC).buckets())
        .extracting(DurationBucket::count)
        .containsExactly(10);
    assertThat(q.requestTurnaround(ENF, RequestSide.TARGET, from, to, ZoneOffset.UTC).buckets())
        .isEmpty();
    assertThat(
            q.requestTurnaround(
                    TRF, RequestSide.TARGET, from, base.plusSeconds(300), ZoneOffset.UTC)
                .buckets())
        .extracting(DurationBucket::count)
        .as("the range is of fulfilment times, end excluded")
        .containsExactly(4);

    assertThat(q.caseCycleTime(ENF, from, to, ZoneOffset.UTC).buckets())
        .extracting(DurationBucket::count, DurationBucket::medianSeconds)
        .containsExactly(tuple(1, 86_400L));
    assertThatThrownBy(
            () -> q.caseCycleTime(ENF, from, from.plusSeconds(367L * 86_400), ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 366 days");
    assertThat(Optional.of(utc.department())).contains(TRF);
  }
}
