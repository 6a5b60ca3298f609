package cn.yunxi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.contracts.generated.LetterRegistry;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * The seed's case end to end on a real Anvil node, through the generated wrappers: deploy and
 * bootstrap the consortium, the Hongtang squadron officer opens the green-space case and deposits
 * photo and video evidence, the captain approves a request for the owner's registration, the bureau
 * office issues and binds the introduction letter, the traffic police custodian accepts and fulfils
 * with the department's stamp, the officer confirms receipt (custody recorded), and the penalty is
 * decided, paid and the case closed — the same day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCaseIT {
  private static final BigInteger VEHICLE_AND_OWNER = BigInteger.valueOf(0b11);

  private DevConsortium chain;
  private Consortium consortium;
  private CaseRegistry cases;
  private EvidenceRegistry evidence;
  private LetterRegistry letters;
  private DataRequestRegistry requests;
  private Credentials officer;
  private Credentials captain;
  private Credentials office;
  private Credentials custodian;
  private Credentials trafficSeal;

  @BeforeAll
  void startChainAndDeploy() throws Exception {
    chain = DevConsortium.start();
    consortium = chain.consortium();
    cases = chain.cases();
    evidence = chain.evidence();
    letters = chain.letters();
    requests = chain.requests();
    officer = chain.officer;
    captain = chain.captain;
    office = chain.office;
    custodian = chain.custodian;
    trafficSeal = chain.trafficSeal;
  }

  @AfterAll
  void stopChain() {
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void playsTheSeedCaseFromOpeningToClosingTheSameDay() throws Exception {
    assertThat(consortium.bootstrapper().send())
        .as("the deployer keeps no power after the bootstrap")
        .isEqualTo("0x0000000000000000000000000000000000000000");

    // 1. The officer finds the car on the green space and opens the case (立案).
    byte[] caseId = Hash.sha3("甬江北综执立字〔2026〕第0001号".getBytes(StandardCharsets.UTF_8));
    TransactionReceipt opened =
        chain
            .as(officer, CaseRegistry::load, cases)
            .open(caseId, BigInteger.valueOf(101), false)
            .send();
    CaseRegistry.CaseOpenedEventResponse openedEvent =
        CaseRegistry.getCaseOpenedEvents(opened).get(0);
    assertThat(openedEvent.caseId).isEqualTo(caseId);
    assertThat(openedEvent.department).isEqualTo(DevConsortium.ENFORCEMENT);
    assertThat(openedEvent.officer).isEqualToIgnoringCase(officer.getAddress());
    chain.as(officer, CaseRegistry::load, cases).startInvestigation(caseId).send();

    // 2. Photo and video evidence, SHA-256 and SM3 of the real bytes.
    EvidenceRegistry officerEvidence = chain.as(officer, EvidenceRegistry::load, evidence);
    for (String item : List.of("photo: car parked on the green space", "video: 30 s, PDA-07")) {
      byte[] content = item.getBytes(StandardCharsets.UTF_8);
      TransactionReceipt deposited =
          officerEvidence
              .deposit(
                  caseId,
                  sha256(content),
                  sm3(content),
                  BigInteger.valueOf(item.startsWith("photo") ? 1 : 2),
                  Hash.sha3(("blob:" + item).getBytes(StandardCharsets.UTF_8)),
                  Hash.sha3(("meta:" + item).getBytes(StandardCharsets.UTF_8)))
              .send();
      EvidenceRegistry.EvidenceDepositedEventResponse event =
          EvidenceRegistry.getEvidenceDepositedEvents(deposited).get(0);
      assertThat(event.contentSha256).isEqualTo(sha256(content));
      assertThat(event.contentSm3).isEqualTo(sm3(content));
      assertThat(event.depositor).isEqualToIgnoringCase(officer.getAddress());
      assertThat(evidence.isDeposited(event.evidenceId).send()).isTrue();
      assertThat(chain.executionGas(deposited))
          .as("a real receipt's execution gas equals the committed forge figure")
          .isEqualTo(GasSnapshots.figure("DepositGas", "deposit"));
    }

    // 3. The officer asks the traffic police for the vehicle and owner registration.
    long now = chain.latestBlockTime();
    DataRequestRegistry.Request request =
        new DataRequestRegistry.Request(
            caseId,
            DevConsortium.ENFORCEMENT,
            DevConsortium.TRAFFIC,
            VEHICLE_AND_OWNER,
            Hash.sha3("浙B12345|salt".getBytes(StandardCharsets.UTF_8)),
            officer.getAddress(),
            BigInteger.valueOf(now + 3 * 86_400),
            BigInteger.ONE);
    TransactionReceipt created =
        chain.as(officer, DataRequestRegistry::load, requests).create(request).send();
    byte[] requestId = DataRequestRegistry.getRequestCreatedEvents(created).get(0).requestId;
    assertThat(requestId).isEqualTo(requests.idOf(request).send());

    // An officer cannot approve a request (he is no captain): refused with the typed error.
    assertRevertsWith(
        officer,
        requests.getContractAddress(),
        chain.as(officer, DataRequestRegistry::load, requests).approve(request),
        "Consortium_Unauthorised(address,uint16)");

    // 4. The captain approves (队长线上审核).
    TransactionReceipt approved =
        chain.as(captain, DataRequestRegistry::load, requests).approve(request).send();
    assertThat(DataRequestRegistry.getRequestApprovedEvents(approved).get(0).approver)
        .isEqualToIgnoringCase(captain.getAddress());

    // 5. The bureau office issues the electronic introduction letter and binds it.
    LetterRegistry.Letter letter =
        new LetterRegistry.Letter(
            DevConsortium.ENFORCEMENT,
            office.getAddress(),
            officer.getAddress(),
            DevConsortium.TRAFFIC,
            caseId,
            requestId,
            VEHICLE_AND_OWNER,
            Hash.sha3("查询涉案车辆及车主登记信息".getBytes(StandardCharsets.UTF_8)),
            BigInteger.valueOf(now),
            BigInteger.valueOf(now + 7 * 86_400),
            BigInteger.ZERO);
    byte[] letterDigest = letterDigest(letter);
    assertThat(letters.idOf(letter).send())
        .as("the letter id is its EIP-712 digest, computed independently")
        .isEqualTo(letterDigest);
    TransactionReceipt issued =
        chain.as(office, LetterRegistry::load, letters).issue(letter).send();
    assertThat(LetterRegistry.getLetterIssuedEvents(issued).get(0).letterId)
        .isEqualTo(letterDigest);
    assertThat(letters.verifySignature(letter, sign(office, letterDigest)).send())
        .as("the signed letter verifies as an off-chain document")
        .isTrue();
    TransactionReceipt bound =
        chain
            .as(office, DataRequestRegistry::load, requests)
            .bindLetter(request, asRequestLetter(letter))
            .send();
    assertThat(DataRequestRegistry.getLetterBoundEvents(bound).get(0).letterId)
        .isEqualTo(letterDigest);

    // 6. The traffic police custodian accepts and fulfils with the stamped record (盖章).
    chain.as(custodian, DataRequestRegistry::load, requests).accept(request).send();
    byte[] response = "浙B12345 车主: 张某 登记证书 …".getBytes(StandardCharsets.UTF_8);
    byte[] responseHash = sha256(response);
    byte[] blobRef = Hash.sha3("encrypted response".getBytes(StandardCharsets.UTF_8));
    BigInteger stampDeadline = BigInteger.valueOf(chain.latestBlockTime() + 3_600);
    byte[] stampDigest = stampDigest(requestId, responseHash, blobRef, stampDeadline);
    assertThat(requests.stampDigest(requestId, responseHash, blobRef, stampDeadline).send())
        .as("the stamp digest, computed independently")
        .isEqualTo(stampDigest);
    TransactionReceipt fulfilled =
        chain
            .as(custodian, DataRequestRegistry::load, requests)
            .fulfil(
                request,
                asRequestLetter(letter),
                responseHash,
                blobRef,
                stampDeadline,
                sign(trafficSeal, stampDigest))
            .send();
    DataRequestRegistry.RequestFulfilledEventResponse fulfilment =
        DataRequestRegistry.getRequestFulfilledEvents(fulfilled).get(0);
    assertThat(fulfilment.seal).isEqualToIgnoringCase(trafficSeal.getAddress());
    assertThat(fulfilment.responseHash).isEqualTo(responseHash);

    // 7. The officer confirms receipt: custody recorded in the evidence registry.
    TransactionReceipt confirmed =
        chain.as(officer, DataRequestRegistry::load, requests).confirmReceipt(request).send();
    assertThat(DataRequestRegistry.getReceiptConfirmedEvents(confirmed)).hasSize(1);
    EvidenceRegistry.CustodyRecordedEventResponse custody =
        EvidenceRegistry.getCustodyRecordedEvents(confirmed).get(0);
    assertThat(custody.subject).isEqualTo(requestId);
    assertThat(custody.caseId).isEqualTo(caseId);
    assertThat(custody.actor).isEqualToIgnoringCase(officer.getAddress());
    assertThat(custody.ref).isEqualTo(letterDigest);
    assertThat(requests.stateOf(requestId).send().status)
        .isEqualTo(BigInteger.valueOf(7)); // Confirmed

    // 8. Penalty decided, paid, case closed — the same day.
    long decidedAt = chain.latestBlockTime();
    chain
        .as(captain, CaseRegistry::load, cases)
        .decide(
            caseId,
            new CaseRegistry.Decision(
                Hash.sha3("处罚决定书".getBytes(StandardCharsets.UTF_8)),
                Hash.sha3("《浙江省城市绿化管理办法》".getBytes(StandardCharsets.UTF_8)),
                BigInteger.valueOf(50_000),
                BigInteger.valueOf(decidedAt + 15 * 86_400),
                BigInteger.valueOf(decidedAt + 60 * 86_400)))
        .send();
    chain
        .as(officer, CaseRegistry::load, cases)
        .recordPayment(caseId, Hash.sha3("缴款凭证".getBytes(StandardCharsets.UTF_8)))
        .send();
    TransactionReceipt closed =
        chain
            .as(captain, CaseRegistry::load, cases)
            .close(caseId, BigInteger.ONE, Hash.sha3("结案报告".getBytes(StandardCharsets.UTF_8)))
            .send();
    CaseRegistry.CaseClosedEventResponse closing = CaseRegistry.getCaseClosedEvents(closed).get(0);
    assertThat(closing.result).isEqualTo(BigInteger.ONE); // PenaltyExecuted
    long cycleSeconds = closing.timestamp.longValue() - openedEvent.timestamp.longValue();
    assertThat(cycleSeconds).as("opened and closed the same day").isLessThan(86_400);
    assertThat(cases.statusOf(caseId).send()).isEqualTo(BigInteger.valueOf(6)); // Closed
  }

  // ------------------------------------------------------------------ helpers

  private void assertRevertsWith(
      Credentials from, String to, RemoteFunctionCall<?> call, String errorSignature)
      throws IOException {
    EthCall result =
        chain
            .web3j
            .ethCall(
                Transaction.createEthCallTransaction(
                    from.getAddress(), to, call.encodeFunctionCall()),
                DefaultBlockParameterName.LATEST)
            .send();
    String selector =
        Numeric.toHexString(Hash.sha3(errorSignature.getBytes(StandardCharsets.UTF_8)))
            .substring(0, 10);
    assertThat(result.hasError()).as("the call is refused").isTrue();
    assertThat(result.getError().getData().replace("\"", ""))
        .as("revert data")
        .startsWith(selector);
  }

  private byte[] letterDigest(LetterRegistry.Letter l) throws IOException {
    String json =
        """
        {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
          {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
         "Letter":[{"name":"issuerDepartment","type":"bytes32"},{"name":"issuer","type":"address"},
          {"name":"holder","type":"address"},{"name":"targetDepartment","type":"bytes32"},
          {"name":"caseId","type":"bytes32"},{"name":"requestId","type":"bytes32"},
          {"name":"categories","type":"uint256"},{"name":"purposeHash","type":"bytes32"},
          {"name":"validFrom","type":"uint64"},{"name":"validUntil","type":"uint64"},
          {"name":"nonce","type":"uint256"}]},
         "primaryType":"Letter",
         "domain":{"name":"Yunxi LetterRegistry","version":"1","chainId":%d,"verifyingContract":"%s"},
         "message":{"issuerDepartment":"%s","issuer":"%s","holder":"%s","targetDepartment":"%s",
          "caseId":"%s","requestId":"%s","categories":%s,"purposeHash":"%s","validFrom":%s,
          "validUntil":%s,"nonce":%s}}
        """
            .formatted(
                DevConsortium.CHAIN_ID,
                letters.getContractAddress(),
                hex(l.issuerDepartment),
                l.issuer,
                l.holder,
                hex(l.targetDepartment),
                hex(l.caseId),
                hex(l.requestId),
                l.categories,
                hex(l.purposeHash),
                l.validFrom,
                l.validUntil,
                l.nonce);
    return new StructuredDataEncoder(json).hashStructuredData();
  }

  private byte[] stampDigest(
      byte[] requestId, byte[] responseHash, byte[] blobRef, BigInteger deadline)
      throws IOException {
    String json =
        """
        {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
          {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
         "Stamp":[{"name":"requestId","type":"bytes32"},{"name":"responseHash","type":"bytes32"},
          {"name":"blobRef","type":"bytes32"},{"name":"deadline","type":"uint64"}]},
         "primaryType":"Stamp",
         "domain":{"name":"Yunxi DataRequestRegistry","version":"1","chainId":%d,"verifyingContract":"%s"},
         "message":{"requestId":"%s","responseHash":"%s","blobRef":"%s","deadline":%s}}
        """
            .formatted(
                DevConsortium.CHAIN_ID,
                requests.getContractAddress(),
                hex(requestId),
                hex(responseHash),
                hex(blobRef),
                deadline);
    return new StructuredDataEncoder(json).hashStructuredData();
  }

  /** The same letter as the request registry's wrapper type (web3j makes one class per wrapper). */
  private static DataRequestRegistry.Letter asRequestLetter(LetterRegistry.Letter l) {
    return new DataRequestRegistry.Letter(
        l.issuerDepartment,
        l.issuer,
        l.holder,
        l.targetDepartment,
        l.caseId,
        l.requestId,
        l.categories,
        l.purposeHash,
        l.validFrom,
        l.validUntil,
        l.nonce);
  }

  private static byte[] sign(Credentials who, byte[] digest) {
    Sign.SignatureData s = Sign.signMessage(digest, who.getEcKeyPair(), false);
    byte[] out = new byte[65];
    System.arraycopy(s.getR(), 0, out, 0, 32);
    System.arraycopy(s.getS(), 0, out, 32, 32);
    out[64] = s.getV()[0];
    return out;
  }

  private static byte[] sha256(byte[] content) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(content);
  }

  private static byte[] sm3(byte[] content) {
    SM3Digest digest = new SM3Digest();
    digest.update(content, 0, content.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  private static String hex(byte[] bytes) {
    return Numeric.toHexString(bytes);
  }
}
