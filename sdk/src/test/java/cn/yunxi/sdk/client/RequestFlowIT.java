package cn.yunxi.sdk.client;

import static cn.yunxi.sdk.client.ClientFixture.hash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.LetterOperations.IssuedLetter;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.blob.BlobIntegrityException;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.DecryptionKeys;
import cn.yunxi.sdk.crypto.EnvelopeException;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataCategory;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.model.RequestStatus;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.NotAuthorisedException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.utils.Numeric;

/**
 * The seed's data request through the SDK on Anvil — officer, captain, office, traffic-police
 * custodian with the department seal — and its refusals: wrong role, a captain approving his own
 * request, expired and revoked letters, the wrong department fulfilling.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFlowIT {
  private static final BigInteger VEHICLE_AND_OWNER =
      BigInteger.valueOf(
          DataCategory.toMask(
              EnumSet.of(DataCategory.VEHICLE_REGISTRATION, DataCategory.OWNER_REGISTRATION)));
  private final AtomicLong salts = new AtomicLong();

  private DevConsortium chain;
  private YunxiClient officer;
  private YunxiClient captain;
  private YunxiClient office;
  private YunxiClient custodian;
  private YunxiClient enforcementAdmin;
  private Signer trafficSeal;
  private final Bytes32 caseId = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0201号");

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
    officer = ClientFixture.clientFor(chain, chain.officer);
    captain = ClientFixture.clientFor(chain, chain.captain);
    office = ClientFixture.clientFor(chain, chain.office);
    custodian = ClientFixture.clientFor(chain, chain.custodian);
    enforcementAdmin = ClientFixture.clientFor(chain, chain.enforcementAdmin);
    trafficSeal = Signers.privateKey(chain.trafficSeal.getEcKeyPair().getPrivateKey());
    officer.cases().open(caseId, 101, false);
  }

  @AfterAll
  void stop() {
    for (AutoCloseable c :
        new AutoCloseable[] {officer, captain, office, custodian, enforcementAdmin, chain}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception ignored) {
        // best effort
      }
    }
  }

  @Test
  void playsTheSeedRequestToConfirmedReceipt() {
    DataRequest request = requestBy(officer);
    officer.requests().create(request);
    captain.requests().approve(request);
    IssuedLetter letter = office.letters().issue(letterFor(request, Duration.ofDays(7)));
    assertThat(office.letters().verifyDocument(letter.letter(), letter.signature())).isTrue();
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

    assertThat(officer.requests().statusOf(request.requestId())).isEqualTo(RequestStatus.CONFIRMED);
  }

  @Test
  void theResponseTravelsEncryptedToTheRequesterWhoDecryptsItAndConfirms() throws Exception {
    Path store = Files.createTempDirectory("yunxi-blobs");
    // One store stands for the traffic police's gateway here; a tampered copy must be refused.
    EvidenceIntake intake = EvidenceIntake.create(LocalBlobStore.open(store));
    byte[] record = "浙B12345 车主: 张某 登记日期 2019-03-02".getBytes(StandardCharsets.UTF_8);
    DataRequest request = requestBy(officer);
    IssuedLetter letter = toAccepted(request);

    custodian
        .requests()
        .fulfilWithResponse(
            request,
            letter.letter(),
            record,
            intake,
            KeyWrapScheme.ECIES_SECP256K1,
            trafficSeal,
            Duration.ofMinutes(10));
    assertThat(officer.requests().statusOf(request.requestId())).isEqualTo(RequestStatus.FULFILLED);

    ByteArrayOutputStream received = new ByteArrayOutputStream();
    DecryptionKey enforcementKey =
        DecryptionKeys.secp256k1(
            Numeric.toBytesPadded(chain.enforcementSeal.getEcKeyPair().getPrivateKey(), 32));
    officer.requests().receive(request, intake, enforcementKey, received);

    assertThat(received.toByteArray()).isEqualTo(record);
    assertThat(officer.requests().statusOf(request.requestId())).isEqualTo(RequestStatus.CONFIRMED);
  }

  @Test
  void aTamperedResponseIsRefusedAndReceiptNotConfirmed() throws Exception {
    Path store = Files.createTempDirectory("yunxi-blobs");
    LocalBlobStore blobs = LocalBlobStore.open(store);
    EvidenceIntake intake = EvidenceIntake.create(blobs);
    DataRequest request = requestBy(officer);
    IssuedLetter letter = toAccepted(request);
    custodian
        .requests()
        .fulfilWithResponse(
            request,
            letter.letter(),
            "owner record".getBytes(StandardCharsets.UTF_8),
            intake,
            KeyWrapScheme.ECIES_SECP256K1,
            trafficSeal,
            Duration.ofMinutes(10));
    try (var files = Files.walk(store)) {
      for (Path blob : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length - 5] ^= 1;
        Files.write(blob, bytes);
      }
    }
    DecryptionKey enforcementKey =
        DecryptionKeys.secp256k1(
            Numeric.toBytesPadded(chain.enforcementSeal.getEcKeyPair().getPrivateKey(), 32));

    assertThatThrownBy(
            () ->
                officer
                    .requests()
                    .receive(request, intake, enforcementKey, new ByteArrayOutputStream()))
        .isInstanceOfAny(EnvelopeException.class, BlobIntegrityException.class);
    assertThat(officer.requests().statusOf(request.requestId())).isEqualTo(RequestStatus.FULFILLED);
  }

  @Test
  void anOfficerCannotApprove() {
    DataRequest request = requestBy(officer);
    officer.requests().create(request);
    assertThatThrownBy(() -> officer.requests().approve(request))
        .isInstanceOfSatisfying(
            NotAuthorisedException.class,
            e -> assertThat(e.requiredRoles()).containsExactly(Role.CAPTAIN));
  }

  @Test
  void aCaptainCannotApproveHisOwnRequest() {
    enforcementAdmin
        .consortium()
        .setMember(
            captain.account(),
            EnumSet.of(Role.OFFICER, Role.CAPTAIN),
            hash("credential:captain"),
            Instant.now().plus(Duration.ofDays(365)));
    DataRequest request = requestBy(captain);
    captain.requests().create(request);

    assertThatThrownBy(() -> captain.requests().approve(request))
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> {
              assertThat(e.error()).isEqualTo("DataRequestRegistry_SelfApproval");
              assertThat(e.arguments().get("creator")).isEqualTo(captain.account());
            });
  }

  @Test
  void anExpiredLetterCannotBeBound() throws Exception {
    DataRequest request = requestBy(officer);
    officer.requests().create(request);
    captain.requests().approve(request);
    IssuedLetter letter = office.letters().issue(letterFor(request, Duration.ofMinutes(5)));

    advanceChainTime(Duration.ofMinutes(10));

    assertThatThrownBy(() -> office.requests().bindLetter(request, letter.letter()))
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> {
              assertThat(e.error()).isEqualTo("LetterRegistry_LetterExpired");
              assertThat(e.arguments().get("letterId")).isEqualTo(letter.letterId());
            });
  }

  @Test
  void aLetterRevokedAfterBindingStopsTheFulfilment() {
    DataRequest request = requestBy(officer);
    IssuedLetter letter = toAccepted(request);
    office.letters().revoke(letter.letterId(), hash("issued in error"));

    assertThatThrownBy(() -> fulfilAs(custodian, request, letter, trafficSeal))
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> assertThat(e.error()).isEqualTo("LetterRegistry_Revoked"));
    assertThat(office.letters().isValid(letter.letterId(), Instant.now().plusSeconds(60)))
        .isFalse();
  }

  @Test
  void theWrongDepartmentCannotFulfil() {
    Signer enforcementCustodianKey = Signers.privateKey(BigInteger.valueOf(0xC0570D1A7L));
    enforcementAdmin
        .consortium()
        .setMember(
            enforcementCustodianKey.address(), Set.of(Role.CUSTODIAN), Bytes32.ZERO, Instant.EPOCH);
    DataRequest request = requestBy(officer);
    IssuedLetter letter = toAccepted(request);

    try (YunxiClient wrongCustodian =
        YunxiClient.builder()
            .endpoint(chain.anvil.rpcUrl())
            .chainId(DevConsortium.CHAIN_ID)
            .signer(enforcementCustodianKey)
            .contracts(ClientFixture.addresses(chain))
            .build()) {
      assertThatThrownBy(() -> fulfilAs(wrongCustodian, request, letter, trafficSeal))
          .isInstanceOfSatisfying(
              ContractRevertException.class,
              e -> assertThat(e.error()).isEqualTo("DataRequestRegistry_WrongDepartment"));
    }
  }

  @Test
  void aStampByAnyKeyButTheDepartmentSealIsRefused() {
    DataRequest request = requestBy(officer);
    IssuedLetter letter = toAccepted(request);
    Signer notTheSeal = Signers.privateKey(BigInteger.valueOf(0xBADBADL));

    assertThatThrownBy(() -> fulfilAs(custodian, request, letter, notTheSeal))
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> {
              assertThat(e.error()).isEqualTo("DataRequestRegistry_InvalidStamp");
              assertThat(e.arguments().get("signer")).isEqualTo(notTheSeal.address());
            });
  }

  /** A fulfilment with stand-in response values, stamped by {@code seal}. */
  private static void fulfilAs(
      YunxiClient who, DataRequest request, IssuedLetter letter, Signer seal) {
    who.requests()
        .fulfil(request, letter.letter(), hash("r"), hash("b"), seal, Duration.ofMinutes(10));
  }

  private IssuedLetter toAccepted(DataRequest request) {
    officer.requests().create(request);
    captain.requests().approve(request);
    IssuedLetter letter = office.letters().issue(letterFor(request, Duration.ofDays(7)));
    office.requests().bindLetter(request, letter.letter());
    custodian.requests().accept(request);
    return letter;
  }

  private DataRequest requestBy(YunxiClient creator) {
    return new DataRequest(
        caseId,
        Bytes32.of(DevConsortium.ENFORCEMENT),
        Bytes32.of(DevConsortium.TRAFFIC),
        VEHICLE_AND_OWNER,
        hash("浙B12345|" + salts.get()),
        creator.account(),
        Instant.now().plus(Duration.ofDays(3)),
        salts.incrementAndGet());
  }

  private IntroductionLetter letterFor(DataRequest request, Duration validFor) {
    Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());
    return new IntroductionLetter(
        request.requesterDepartment(),
        office.account(),
        request.creator(),
        request.targetDepartment(),
        request.caseId(),
        request.requestId(),
        request.categories(),
        hash("查询涉案车辆及车主登记信息"),
        now.minusSeconds(60),
        now.plus(validFor),
        office.letters().nextNonce());
  }

  private void advanceChainTime(Duration by) throws Exception {
    new Request<>(
            "evm_increaseTime",
            java.util.List.of(by.toSeconds()),
            httpService(),
            VoidResponse.class)
        .send();
    new Request<>("evm_mine", java.util.List.of(), httpService(), VoidResponse.class).send();
  }

  private org.web3j.protocol.http.HttpService httpService() {
    return new org.web3j.protocol.http.HttpService(chain.anvil.rpcUrl());
  }
}
