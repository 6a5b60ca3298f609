package cn.yunxi.indexer.api;

import static cn.yunxi.sdk.client.ClientFixture.hash;
import static cn.yunxi.sdk.client.ClientFixture.item;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.gateway.GatewaySettings;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.indexer.index.Web3jChainReader;
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
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.crypto.SealedEvidence;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.DataCategory;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.model.NewEvidence;
import cn.yunxi.sdk.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The seed workflow played once on Anvil through the SDK, indexed, and served: a case of the
 * enforcement bureau investigated, evidence deposited (one item sealed for real, its envelope in
 * the bureau's blob store) and batched, a data request to the traffic police served under an
 * introduction letter with an encrypted response in the traffic police's blob store, the case
 * decided, paid and closed; a second case handed off to the traffic police with sealed evidence of
 * its own; an auditor added to the bureau. The blocks are read back over JSON-RPC and applied to a
 * RocksDB index, which two servers answer from: the bureau's (gateway of its blobs) and the traffic
 * police's (gateway of theirs). Shared by the API's integration tests ({@link SeedExtension});
 * closed when the test run ends.
 */
public final class Seed implements AutoCloseable {
  public static final Bytes32 ENFORCEMENT = Bytes32.of(DevConsortium.ENFORCEMENT);
  public static final Bytes32 TRAFFIC = Bytes32.of(DevConsortium.TRAFFIC);

  public static final String ENFORCEMENT_TOKEN = "enforcement-token-5b0e1c9a";
  static final String TRAFFIC_TOKEN = "traffic-token-77d2f4e08c1b";
  public static final String AUDITOR_TOKEN = "auditor-token-a4c19e63d2f0";

  public static final String CASE_NUMBER = "甬江北综执立字〔2026〕第0701号";
  static final String HANDED_OFF_NUMBER = "fire lane 0701";

  final Path dir;
  final DevConsortium chain;
  private final List<YunxiClient> clients = new ArrayList<>();
  final YunxiClient officer;
  final YunxiClient captain;
  final YunxiClient office;
  final YunxiClient custodian;
  final YunxiClient enforcementAdmin;
  final Signer auditorKey = Signers.privateKey(BigInteger.valueOf(0xA0D170L));
  final LocalBlobStore enforcementBlobs;
  final LocalBlobStore trafficBlobs;

  final Bytes32 caseId = CaseOperations.caseIdOf(CASE_NUMBER);
  final Bytes32 handedOffCase = CaseOperations.caseIdOf(HANDED_OFF_NUMBER);
  public final byte[] photoContent =
      "scene photo: fire lane blocked by 浙B12345".getBytes(StandardCharsets.UTF_8);
  final byte[] responseContent = "浙B12345 车主: 张某 登记日期 2019-03-02".getBytes(StandardCharsets.UTF_8);
  final SealedEvidence photoSealed;
  final Deposit photo;
  final Deposit statement;
  final List<AnchoredItem> batched;
  final SealedEvidence fireLaneSealed;
  final Deposit fireLanePhoto;
  final DataRequest request;
  final IssuedLetter letter;
  final Decision decision;

  final List<ChainBlock> blocks;
  final RocksIndex index;
  final IndexQueries queries;
  public final IndexServer enforcementServer;
  final IndexServer trafficServer;

  Seed() throws Exception {
    dir = Files.createTempDirectory("yunxi-api-it");
    chain = DevConsortium.start();
    try {
      officer = client(chain.officer);
      captain = client(chain.captain);
      office = client(chain.office);
      custodian = client(chain.custodian);
      enforcementAdmin = client(chain.enforcementAdmin);
      Signer trafficSeal = Signers.privateKey(chain.trafficSeal.getEcKeyPair().getPrivateKey());
      enforcementBlobs = LocalBlobStore.open(dir.resolve("enforcement-blobs"));
      trafficBlobs = LocalBlobStore.open(dir.resolve("traffic-blobs"));
      EvidenceIntake enforcementIntake = EvidenceIntake.create(enforcementBlobs);
      List<Recipient> enforcementOnly =
          List.of(Recipient.secp256k1(DevConsortium.publicKey(chain.enforcementSeal)));

      enforcementAdmin
          .consortium()
          .setMember(auditorKey.address(), Set.of(Role.AUDITOR), Bytes32.ZERO, Instant.EPOCH);

      officer.cases().open(caseId, 101, false);
      officer.cases().startInvestigation(caseId);
      photoSealed = enforcementIntake.seal(photoContent, enforcementOnly);
      photo = officer.evidence().deposit(sealedItem(caseId, photoSealed, "scene photo"));
      statement = officer.evidence().deposit(item(caseId, "witness statement"));
      try (EvidenceBatcher batcher =
          officer
              .evidence()
              .batcher(dir.resolve("journal"), enforcementBlobs, 3, Duration.ofMillis(200))) {
        List<CompletableFuture<AnchoredItem>> futures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          futures.add(batcher.submit(item(caseId, "body camera " + i)));
        }
        List<AnchoredItem> anchored = new ArrayList<>();
        for (CompletableFuture<AnchoredItem> f : futures) {
          anchored.add(f.get(60, TimeUnit.SECONDS));
        }
        batched = List.copyOf(anchored);
      }

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
          .fulfilWithResponse(
              request,
              letter.letter(),
              responseContent,
              EvidenceIntake.create(trafficBlobs),
              KeyWrapScheme.ECIES_SECP256K1,
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

      officer.cases().open(handedOffCase, 201, true);
      officer.cases().handOff(handedOffCase, TRAFFIC);
      fireLaneSealed =
          enforcementIntake.seal(
              "fire lane photo".getBytes(StandardCharsets.UTF_8), enforcementOnly);
      fireLanePhoto =
          officer.evidence().deposit(sealedItem(handedOffCase, fireLaneSealed, "fire lane"));

      EventDecoder decoder = EventDecoder.of(ClientFixture.addresses(chain));
      Web3jChainReader reader = new Web3jChainReader(chain.web3j, decoder);
      blocks = reader.blocks(0, reader.headNumber());
      index = RocksIndex.open(dir.resolve("index"), this::manifest);
      blocks.forEach(index::apply);
      queries = index.queries(decoder);

      Path jsonTokens = dir.resolve("tokens.json");
      Files.writeString(
          jsonTokens,
          """
          {"tokens": [
            {"name": "enforcement", "token": "%s", "department": "JB-ZHXZZF"},
            {"name": "traffic", "token": "%s", "department": "%s"},
            {"name": "audit", "sha256": "%s", "auditor": true}
          ]}
          """
              .formatted(
                  ENFORCEMENT_TOKEN,
                  TRAFFIC_TOKEN,
                  TRAFFIC.toHex(),
                  java.util.HexFormat.of().formatHex(TokenRegistry.sha256(AUDITOR_TOKEN))));
      Path yamlTokens = dir.resolve("tokens.yml");
      Files.writeString(
          yamlTokens,
          """
          tokens:
            - name: enforcement
              token: %s
              department: JB-ZHXZZF
            - name: traffic
              token: %s
              department: JB-JJDD
            - name: audit
              token: %s
              auditor: true
          """
              .formatted(ENFORCEMENT_TOKEN, TRAFFIC_TOKEN, AUDITOR_TOKEN));
      enforcementServer =
          IndexServer.builder()
              .index(index, decoder)
              .tokenFile(jsonTokens)
              .nodeHead(() -> java.util.OptionalLong.of(blocks.size() - 1 + 3))
              .gateway(GatewaySettings.of(DevConsortium.CHAIN_ID, ENFORCEMENT), enforcementBlobs)
              .start();
      trafficServer =
          IndexServer.builder()
              .index(index, decoder)
              .tokenFile(yamlTokens)
              .gateway(GatewaySettings.of(DevConsortium.CHAIN_ID, TRAFFIC), trafficBlobs)
              .start();
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  /** An evidence item whose digests and blob are those of a sealed envelope. */
  private static NewEvidence sealedItem(Bytes32 caseId, SealedEvidence sealed, String name) {
    return new NewEvidence(
        caseId,
        sealed.sha256(),
        sealed.sm3(),
        1,
        sealed.blobRef().toBytes32(),
        hash("meta:" + name));
  }

  private YunxiClient client(org.web3j.crypto.Credentials who) {
    YunxiClient c = ClientFixture.clientFor(chain, who);
    clients.add(c);
    return c;
  }

  private Optional<byte[]> manifest(Bytes32 ref) {
    BlobRef blob = BlobRef.fromBytes32(ref);
    if (!enforcementBlobs.contains(blob)) {
      return Optional.empty();
    }
    try (InputStream in = enforcementBlobs.open(blob)) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The time of the first block, less a day: the start of a range holding everything. */
  Instant rangeStart() {
    return blocks.get(0).time().minus(Duration.ofDays(1));
  }

  /** The time of the last block, plus a day: the end of a range holding everything. */
  Instant rangeEnd() {
    return blocks.get(blocks.size() - 1).time().plus(Duration.ofDays(1));
  }

  @Override
  public void close() {
    closeQuietly(enforcementServer);
    closeQuietly(trafficServer);
    closeQuietly(index);
    clients.forEach(Seed::closeQuietly);
    closeQuietly(chain);
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a temporary directory left behind is no failure
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception ignored) {
      // closing the rest matters more
    }
  }
}
