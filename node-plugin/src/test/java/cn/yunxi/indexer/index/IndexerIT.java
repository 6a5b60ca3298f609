package cn.yunxi.indexer.index;

import static cn.yunxi.sdk.client.ClientFixture.hash;
import static cn.yunxi.sdk.client.ClientFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.sdk.AnchoredItem;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.EvidenceBatcher;
import cn.yunxi.sdk.LetterOperations.IssuedLetter;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.events.CustodyRecorded;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.CustodyAction;
import cn.yunxi.sdk.model.DataCategory;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.model.RequestStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on a real chain: a workflow played through the SDK on Anvil (a case investigated,
 * decided, paid and closed; evidence deposited and batched; a data request served under an
 * introduction letter; a hand-off), its blocks read back over JSON-RPC, applied, and the queries
 * asked what happened. Then a rollback of the last blocks and their re-application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexerIT {
  private static final Bytes32 ENFORCEMENT = Bytes32.of(DevConsortium.ENFORCEMENT);
  private static final Bytes32 TRAFFIC = Bytes32.of(DevConsortium.TRAFFIC);

  @TempDir static Path dir;

  private DevConsortium chain;
  private final List<YunxiClient> clients = new ArrayList<>();
  private LocalBlobStore blobs;
  private RocksIndex index;
  private IndexQueries q;
  private List<ChainBlock> blocks;

  private final Bytes32 caseId = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0501号");
  private final Bytes32 handedOff = CaseOperations.caseIdOf("fire lane 0501");
  private Deposit photo;
  private List<AnchoredItem> batched;
  private DataRequest request;
  private IssuedLetter letter;
  private Decision decision;

  @BeforeAll
  void playTheWorkflowAndIndexIt() throws Exception {
    chain = DevConsortium.start();
    YunxiClient officer = client(chain.officer);
    YunxiClient captain = client(chain.captain);
    YunxiClient office = client(chain.office);
    YunxiClient custodian = client(chain.custodian);
    Signer trafficSeal = Signers.privateKey(chain.trafficSeal.getEcKeyPair().getPrivateKey());
    blobs = LocalBlobStore.open(dir.resolve("blobs"));

    officer.cases().open(caseId, 101, false);
    officer.cases().startInvestigation(caseId);
    photo = officer.evidence().deposit(item(caseId, "scene photo"));
    officer.evidence().deposit(item(caseId, "witness statement"));
    try (EvidenceBatcher batcher =
        officer.evidence().batcher(dir.resolve("journal"), blobs, 3, Duration.ofMillis(200))) {
      List<CompletableFuture<AnchoredItem>> futures = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        futures.add(batcher.submit(item(caseId, "body camera " + i)));
      }
      batched = new ArrayList<>();
      for (CompletableFuture<AnchoredItem> f : futures) {
        batched.add(f.get(60, TimeUnit.SECONDS));
      }
    }
    captain
        .evidence()
        .recordAccess(photo.evidenceId(), caseId, CustodyAction.EXPORTED, hash("package"));

    request =
        new DataRequest(
            caseId,
            ENFORCEMENT,
            TRAFFIC,
            BigInteger.valueOf(DataCategory.toMask(EnumSet.of(DataCategory.OWNER_REGISTRATION))),
            hash("浙B12345"),
            officer.account(),
            Instant.now().plus(Duration.ofDays(3)),
            1);
    officer.requests().create(request);
    captain.requests().approve(request);
    Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());
    letter =
        office
            .letters()
            .issue(
                new IntroductionLetter(
                    ENFORCEMENT,
                    office.account(),
                    officer.account(),
                    TRAFFIC,
                    caseId,
                    request.requestId(),
                    request.categories(),
                    hash("查询车主登记信息"),
                    now.minusSeconds(60),
                    now.plus(Duration.ofDays(7)),
                    office.letters().nextNonce()));
    office.requests().bindLetter(request, letter.letter());
    custodian.requests().accept(request);
    custodian
        .requests()
        .fulfil(
            request,
            letter.letter(),
            hash("owner record"),
            hash("encrypted owner record"),
            trafficSeal,
            Duration.ofMinutes(10));
    officer.requests().confirmReceipt(request);

    decision =
        new Decision(
            hash("处罚决定书"),
            hash("《浙江省城市绿化管理办法》"),
            50_000,
            now.plus(Duration.ofDays(15)),
            now.plus(Duration.ofDays(60)));
    captain.cases().decide(caseId, decision);
    officer.cases().recordPayment(caseId, hash("缴款凭证"));
    captain.cases().close(caseId, CloseResult.PENALTY_EXECUTED, hash("结案报告"));

    officer.cases().open(handedOff, 201, true);
    officer.cases().handOff(handedOff, TRAFFIC);

    EventDecoder decoder = EventDecoder.of(ClientFixture.addresses(chain));
    Web3jChainReader reader = new Web3jChainReader(chain.web3j, decoder);
    blocks = reader.blocks(0, reader.headNumber());
    index = RocksIndex.open(dir.resolve("index"), this::manifest);
    blocks.forEach(index::apply);
    q = index.queries(decoder);
  }

  private YunxiClient client(org.web3j.crypto.Credentials who) {
    YunxiClient c = ClientFixture.clientFor(chain, who);
    clients.add(c);
    return c;
  }

  private Optional<byte[]> manifest(Bytes32 ref) {
    BlobRef blob = BlobRef.fromBytes32(ref);
    if (!blobs.contains(blob)) {
      return Optional.empty();
    }
    try (InputStream in = blobs.open(blob)) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  void stop() {
    if (index != null) {
      index.close();
    }
    clients.forEach(YunxiClient::close);
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void theStatusCountsEveryBlockAndEvent() {
    IndexStatus status = q.status();
    assertThat(status.checkpoint()).isEqualTo(blocks.get(blocks.size() - 1).checkpoint());
    assertThat(status.blocks()).isEqualTo(blocks.size());
    assertThat(status.eventsIndexed())
        .isEqualTo(blocks.stream().mapToLong(b -> b.events().size()).sum())
        // The workflow alone emits 19 events; the deployment and bootstrap emit the others.
        .isGreaterThanOrEqualTo(19);
    assertThat(status.manifestsMissing()).isZero();
  }

  @Test
  void theCaseIsClosedWithItsDecisionAndItsTimelineTellsTheStory() {
    CaseState c = q.caseState(caseId).orElseThrow();
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.department()).isEqualTo(ENFORCEMENT);
    assertThat(c.decision().provisionsHash()).isEqualTo(decision.provisionsHash());
    assertThat(c.decision().fineFen()).isEqualTo(50_000);
    assertThat(c.closeResult()).isEqualTo(CloseResult.PENALTY_EXECUTED);
    assertThat(c.closedAt()).isAfterOrEqualTo(c.openedAt());

    List<String> names =
        q.caseTimeline(caseId, PageRequest.first(500)).items().stream()
            .map(e -> e.event().name())
            .toList();
    assertThat(names)
        .startsWith("CaseOpened", "InvestigationStarted", "EvidenceDeposited")
        .contains(
            "BatchAnchored",
            "CustodyRecorded",
            "RequestCreated",
            "LetterIssued",
            "RequestFulfilled",
            "ReceiptConfirmed",
            "CaseDecided",
            "PaymentRecorded")
        .endsWith("CaseClosed");
    assertThat(q.caseState(handedOff).orElseThrow().handedOffTo()).containsExactly(TRAFFIC);
    assertThat(q.casesOfDepartment(TRAFFIC, PageRequest.first(10)).items())
        .extracting(CaseState::caseId)
        .containsExactly(handedOff);
  }

  @Test
  void depositedAndBatchedEvidenceIsFoundByItsHashes() {
    List<EvidenceItem> byHash =
        q.evidenceBySha256(photo.record().contentSha256(), PageRequest.first(10)).items();
    assertThat(byHash).extracting(EvidenceItem::evidenceId).containsExactly(photo.evidenceId());
    assertThat(byHash.get(0).transactionHash()).isEqualTo(photo.inclusion().transactionHash());
    for (AnchoredItem a : batched) {
      List<EvidenceItem> found =
          q.evidenceBySm3(a.leaf().contentSm3(), PageRequest.first(10)).items();
      assertThat(found)
          .extracting(EvidenceItem::source, EvidenceItem::batchRoot, EvidenceItem::blobRef)
          .containsExactly(tuple(EvidenceItem.Source.BATCH, a.root(), a.leaf().blobRef()));
    }
    assertThat(q.evidenceOfCase(caseId, PageRequest.first(100)).items()).hasSize(5);
    assertThat(q.custody(photo.evidenceId(), PageRequest.first(10)).items())
        .extracting(e -> ((CustodyRecorded) e.event()).action())
        .containsExactly(CustodyAction.EXPORTED);
  }

  @Test
  void theRequestWentThroughEveryStepUnderItsLetter() {
    RequestState r = q.request(request.requestId()).orElseThrow();
    assertThat(r.status()).isEqualTo(RequestStatus.CONFIRMED);
    assertThat(r.letterId()).isEqualTo(letter.letterId());
    assertThat(r.transitions())
        .extracting(RequestTransition::status)
        .containsExactly(
            RequestStatus.CREATED,
            RequestStatus.APPROVED,
            RequestStatus.LETTER_BOUND,
            RequestStatus.ACCEPTED,
            RequestStatus.FULFILLED,
            RequestStatus.CONFIRMED);
    assertThat(
            q.requests(TRAFFIC, RequestSide.TARGET, RequestStatus.CONFIRMED, PageRequest.first(5))
                .items())
        .extracting(RequestState::requestId)
        .containsExactly(request.requestId());
    assertThat(q.lettersByHolder(request.creator(), PageRequest.first(5)).items())
        .extracting(LetterState::letterId)
        .containsExactly(letter.letterId());
    assertThat(q.custody(request.requestId(), PageRequest.first(5)).items())
        .extracting(e -> ((CustodyRecorded) e.event()).action())
        .containsExactly(CustodyAction.RECEIVED_VIA_REQUEST);

    Instant from = blocks.get(0).time().minusSeconds(86_400);
    Instant to = blocks.get(blocks.size() - 1).time().plusSeconds(86_400);
    assertThat(q.requestTurnaround(TRAFFIC, RequestSide.TARGET, from, to, ZoneOffset.UTC).buckets())
        .extracting(DurationBucket::count)
        .containsExactly(1);
    assertThat(q.departmentActivity(TRAFFIC, from, to, PageRequest.first(500)).items())
        .extracting(e -> e.event().name())
        .contains("DepartmentRegistered", "RequestAccepted", "CaseHandedOff");
  }

  @Test
  void rollingBackTheLastBlocksAndReapplyingThemChangesNothing() {
    Bytes32 before = q.contentDigest();
    int depth = Math.min(10, blocks.size());
    for (int i = 0; i < depth; i++) {
      index.rollback();
    }
    assertThat(index.checkpoint()).isEqualTo(blocks.get(blocks.size() - 1 - depth).checkpoint());
    assertThat(q.contentDigest()).isNotEqualTo(before);
    blocks.subList(blocks.size() - depth, blocks.size()).forEach(index::apply);
    assertThat(q.contentDigest()).isEqualTo(before);
  }
}
