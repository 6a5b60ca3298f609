package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.sdk.AnchoredItem;
import cn.yunxi.sdk.index.BucketView;
import cn.yunxi.sdk.index.CaseView;
import cn.yunxi.sdk.index.EventView;
import cn.yunxi.sdk.index.EvidenceView;
import cn.yunxi.sdk.index.Head;
import cn.yunxi.sdk.index.IndexBadRequestException;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.IndexNotFoundException;
import cn.yunxi.sdk.index.IndexResponse;
import cn.yunxi.sdk.index.LetterView;
import cn.yunxi.sdk.index.PageQuery;
import cn.yunxi.sdk.index.RequestSide;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.index.SeriesView;
import cn.yunxi.sdk.index.StatusView;
import cn.yunxi.sdk.index.TransitionView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.RequestStatus;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed workflow, played on Anvil and indexed, read back through the SDK's typed {@link
 * IndexClient}: status, the case and its timeline page by page, evidence by its hashes, the data
 * request by department and status, letters, activity and statistics. Every answer carries the
 * indexed head.
 */
@ExtendWith(SeedExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiIT {
  private Seed seed;
  private Head head;
  private IndexClient auditor;
  private IndexClient enforcement;
  private IndexClient traffic;

  @BeforeAll
  void connect(Seed seed) {
    this.seed = seed;
    ChainBlock last = seed.blocks.get(seed.blocks.size() - 1);
    head = new Head(last.number(), last.hash());
    auditor = client(Seed.AUDITOR_TOKEN);
    enforcement = client(Seed.ENFORCEMENT_TOKEN);
    traffic = client(Seed.TRAFFIC_TOKEN);
  }

  private IndexClient client(String token) {
    return IndexClient.builder().endpoint(seed.enforcementServer.url()).token(token).build();
  }

  @Test
  void theStatusIsTheIndexedCheckpointWithTheLagBehindTheNode() {
    IndexResponse<StatusView> status = auditor.status();
    assertThat(status.head()).isEqualTo(head);
    assertThat(status.next()).isNull();
    assertThat(status.data().checkpoint()).isEqualTo(head);
    assertThat(status.data().blocks()).isEqualTo(seed.blocks.size());
    assertThat(status.data().eventsIndexed())
        .isEqualTo(seed.blocks.stream().mapToLong(b -> b.events().size()).sum());
    assertThat(status.data().nodeHead()).isEqualTo(head.number() + 3);
    assertThat(status.data().lag()).isEqualTo(3);
    assertThat(status.data().manifestsMissing()).isZero();
  }

  @Test
  void theCaseIsFoundByItsNumberClosedWithItsDecision() {
    IndexResponse<CaseView> byNumber = enforcement.caseByNumber(Seed.CASE_NUMBER);
    assertThat(byNumber.head()).isEqualTo(head);
    CaseView c = byNumber.data();
    assertThat(c).isEqualTo(enforcement.caseState(seed.caseId).data());
    assertThat(c.caseId()).isEqualTo(seed.caseId);
    assertThat(c.department()).isEqualTo(Seed.ENFORCEMENT);
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.closeResult()).isEqualTo(CloseResult.PENALTY_EXECUTED);
    assertThat(c.decision().fineFen()).isEqualTo(50_000);
    assertThat(c.decision().provisionsHash()).isEqualTo(seed.decision.provisionsHash());
    assertThat(c.openedBy()).isEqualTo(seed.officer.account());
  }

  @Test
  void theTimelineComesPageByPageAndTellsTheWholeStory() {
    List<EventView> events = new ArrayList<>();
    PageQuery page = PageQuery.first(4);
    int pages = 0;
    while (true) {
      IndexResponse<List<EventView>> answer = enforcement.caseTimeline(seed.caseId, page);
      assertThat(answer.head()).isEqualTo(head);
      assertThat(answer.data()).hasSizeLessThanOrEqualTo(4);
      events.addAll(answer.data());
      pages++;
      if (!answer.hasNext()) {
        break;
      }
      page = PageQuery.after(answer.next(), 4);
    }
    assertThat(pages).isGreaterThan(3);
    assertThat(events)
        .extracting(EventView::type)
        .startsWith("CaseOpened", "InvestigationStarted", "EvidenceDeposited")
        .contains(
            "BatchAnchored",
            "RequestCreated",
            "LetterIssued",
            "RequestFulfilled",
            "ReceiptConfirmed",
            "CaseDecided",
            "PaymentRecorded")
        .endsWith("CaseClosed");
    assertThat(events)
        .isEqualTo(auditor.caseTimeline(seed.caseId, PageQuery.first(PageQuery.MAX_LIMIT)).data());
    EventView opened = events.get(0);
    assertThat(opened.contract()).isEqualTo("CaseRegistry");
    assertThat(opened.field("caseId")).isEqualTo(seed.caseId.toHex());
    assertThat(opened.field("department")).isEqualTo(Seed.ENFORCEMENT.toHex());
    EventView decided =
        events.stream().filter(e -> e.type().equals("CaseDecided")).findFirst().orElseThrow();
    assertThat(decided.field("fineFen")).isEqualTo("50000");
  }

  @Test
  void evidenceIsFoundByItsSha256AndSm3() {
    List<EvidenceView> bySha =
        enforcement.evidenceBySha256(seed.photoSealed.sha256(), PageQuery.first(10)).data();
    assertThat(bySha).hasSize(1);
    EvidenceView photo = bySha.get(0);
    assertThat(photo.source()).isEqualTo("DEPOSIT");
    assertThat(photo.evidenceId()).isEqualTo(seed.photo.evidenceId());
    assertThat(photo.blobRef()).isEqualTo(seed.photoSealed.blobRef().toBytes32());
    assertThat(photo.contentSm3()).isEqualTo(seed.photoSealed.sm3());
    assertThat(photo.transactionHash()).isEqualTo(seed.photo.inclusion().transactionHash());
    assertThat(enforcement.evidence(seed.photo.evidenceId()).data()).isEqualTo(photo);

    for (AnchoredItem a : seed.batched) {
      List<EvidenceView> bySm3 =
          auditor.evidenceBySm3(a.leaf().contentSm3(), PageQuery.first(10)).data();
      assertThat(bySm3)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.source()).isEqualTo("BATCH");
                assertThat(e.batchRoot()).isEqualTo(a.root());
                assertThat(e.department()).isEqualTo(Seed.ENFORCEMENT);
              });
    }
    assertThat(enforcement.evidenceOfCase(seed.caseId, PageQuery.first(100)).data()).hasSize(5);
    assertThat(
            auditor
                .evidenceBySha256(Bytes32.fromAscii("no such content"), PageQuery.first(5))
                .data())
        .isEmpty();
  }

  @Test
  void theRequestIsFoundByDepartmentSideAndStatusWithEveryStep() {
    RequestView r = traffic.request(seed.request.requestId()).data();
    assertThat(r.status()).isEqualTo(RequestStatus.CONFIRMED);
    assertThat(r.letterId()).isEqualTo(seed.letter.letterId());
    assertThat(r.categories()).isEqualTo(seed.request.categories());
    assertThat(r.transitions())
        .extracting(TransitionView::status)
        .containsExactly(
            RequestStatus.CREATED,
            RequestStatus.APPROVED,
            RequestStatus.LETTER_BOUND,
            RequestStatus.ACCEPTED,
            RequestStatus.FULFILLED,
            RequestStatus.CONFIRMED);

    assertThat(
            traffic
                .requests(
                    Seed.TRAFFIC, RequestSide.TARGET, RequestStatus.CONFIRMED, PageQuery.first(5))
                .data())
        .extracting(RequestView::requestId)
        .containsExactly(seed.request.requestId());
    assertThat(
            enforcement
                .requests(Seed.ENFORCEMENT, RequestSide.REQUESTER, null, PageQuery.first(5))
                .data())
        .extracting(RequestView::requestId)
        .containsExactly(seed.request.requestId());
    assertThat(
            traffic
                .requests(
                    Seed.TRAFFIC, RequestSide.TARGET, RequestStatus.FULFILLED, PageQuery.first(5))
                .data())
        .isEmpty();
    assertThat(
            enforcement
                .requests(Seed.ENFORCEMENT, RequestSide.TARGET, null, PageQuery.first(5))
                .data())
        .isEmpty();
    assertThat(enforcement.custody(seed.request.requestId(), PageQuery.first(5)).data())
        .extracting(e -> e.field("action"))
        .containsExactly("RECEIVED_VIA_REQUEST");
  }

  @Test
  void lettersAreFoundByHolderAndByTheDepartmentTheyIntroduceTo() {
    LetterView letter = enforcement.letter(seed.letter.letterId()).data();
    assertThat(letter.holder()).isEqualTo(seed.officer.account());
    assertThat(letter.targetDepartment()).isEqualTo(Seed.TRAFFIC);
    assertThat(letter.revokedAt()).isNull();
    assertThat(enforcement.lettersByHolder(seed.officer.account(), PageQuery.first(5)).data())
        .containsExactly(letter);
    assertThat(traffic.lettersToDepartment(Seed.TRAFFIC, PageQuery.first(5)).data())
        .containsExactly(letter);
  }

  @Test
  void aDepartmentsCasesAndActivityAreListed() {
    assertThat(traffic.casesOfDepartment(Seed.TRAFFIC, PageQuery.first(10)).data())
        .extracting(CaseView::caseId)
        .containsExactly(seed.handedOffCase);
    assertThat(enforcement.casesOfDepartment(Seed.ENFORCEMENT, PageQuery.first(10)).data())
        .extracting(CaseView::caseId)
        .containsExactly(seed.caseId, seed.handedOffCase);
    assertThat(
            traffic
                .activity(Seed.TRAFFIC, seed.rangeStart(), seed.rangeEnd(), PageQuery.first(500))
                .data())
        .extracting(EventView::type)
        .contains("DepartmentRegistered", "RequestAccepted", "RequestFulfilled", "CaseHandedOff");
  }

  @Test
  void turnaroundAndCaseCycleStatisticsCountTheFulfilmentAndTheClosing() {
    IndexResponse<SeriesView> turnaround =
        traffic.requestTurnaround(
            Seed.TRAFFIC,
            RequestSide.TARGET,
            seed.rangeStart(),
            seed.rangeEnd(),
            ZoneId.of("Asia/Shanghai"));
    assertThat(turnaround.head()).isEqualTo(head);
    assertThat(turnaround.data().zone()).isEqualTo("Asia/Shanghai");
    assertThat(turnaround.data().buckets()).extracting(BucketView::count).containsExactly(1);
    BucketView b = turnaround.data().buckets().get(0);
    assertThat(b.minSeconds()).isEqualTo(b.maxSeconds()).isGreaterThanOrEqualTo(0);

    assertThat(
            enforcement
                .requestTurnaround(
                    Seed.ENFORCEMENT,
                    RequestSide.REQUESTER,
                    seed.rangeStart(),
                    seed.rangeEnd(),
                    ZoneOffset.UTC)
                .data()
                .buckets())
        .extracting(BucketView::count)
        .containsExactly(1);
    assertThat(
            enforcement
                .caseCycleTime(Seed.ENFORCEMENT, seed.rangeStart(), seed.rangeEnd(), ZoneOffset.UTC)
                .data()
                .buckets())
        .extracting(BucketView::count)
        .containsExactly(1);
  }

  @Test
  void departmentsMayBeNamedByCodeInThePath() {
    var byCode =
        Http.get(seed.enforcementServer.url(), "/departments/JB-JJDD/cases", Seed.TRAFFIC_TOKEN);
    var byHex =
        Http.get(
            seed.enforcementServer.url(),
            "/departments/" + Seed.TRAFFIC.toHex() + "/cases",
            Seed.TRAFFIC_TOKEN);
    assertThat(byCode.statusCode()).isEqualTo(200);
    assertThat(Http.text(byCode)).isEqualTo(Http.text(byHex)).contains(seed.handedOffCase.toHex());
  }

  @Test
  void aCursorOfAnotherListOrQueryIsABadRequest() {
    String timelineCursor = auditor.caseTimeline(seed.caseId, PageQuery.first(1)).next();
    assertThat(timelineCursor).isNotNull();
    assertThatThrownBy(
            () -> auditor.evidenceOfCase(seed.caseId, PageQuery.after(timelineCursor, 1)))
        .isInstanceOf(IndexBadRequestException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(
            () -> auditor.caseTimeline(seed.handedOffCase, PageQuery.after(timelineCursor, 1)))
        .isInstanceOf(IndexBadRequestException.class)
        .hasMessageContaining("cursor");
    String casesCursor = auditor.casesOfDepartment(Seed.ENFORCEMENT, PageQuery.first(1)).next();
    assertThatThrownBy(
            () -> auditor.casesOfDepartment(Seed.TRAFFIC, PageQuery.after(casesCursor, 1)))
        .isInstanceOf(IndexBadRequestException.class);
    assertThatThrownBy(() -> auditor.caseTimeline(seed.caseId, PageQuery.first(0)))
        .isInstanceOf(IndexBadRequestException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void unknownThingsAreNotFoundForTheAuditor() {
    Bytes32 nothing = Bytes32.fromAscii("nothing");
    assertThatThrownBy(() -> auditor.caseState(nothing)).isInstanceOf(IndexNotFoundException.class);
    assertThatThrownBy(() -> auditor.evidence(nothing)).isInstanceOf(IndexNotFoundException.class);
    assertThatThrownBy(() -> auditor.request(nothing)).isInstanceOf(IndexNotFoundException.class);
    assertThatThrownBy(() -> auditor.letter(nothing)).isInstanceOf(IndexNotFoundException.class);
  }
}
