package cn.yunxi.sdk.events;

import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.contracts.generated.LetterRegistry;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CustodyAction;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Letter and request events: four requests (fulfilled and confirmed, rejected, cancelled, left to
 * expire) and their letters.
 */
final class RequestPart extends ScenarioPart {

  RequestPart(ScenarioPart shared) {
    super(shared);
  }

  /** Four requests: fulfilled and confirmed, rejected, cancelled, and one left to expire. */
  DataRequestRegistry.Request requests(Bytes32 caseA) throws Exception {
    long now = chain.latestBlockTime();
    DataRequestRegistry.Request fulfilled = request(caseA, now + 3 * DAY, 1);
    Bytes32 fulfilledId = createAndApprove(fulfilled);
    LetterRegistry.Letter letter = issue(caseA, fulfilledId, now, 0);
    Bytes32 letterId = bind(fulfilled, letter);
    TransactionReceipt r = send(asRequests(chain.custodian).accept(fulfilled));
    Address custodian = address(chain.custodian);
    expect(r, RequestAccepted.class, (m, t) -> new RequestAccepted(m, fulfilledId, custodian, t));

    Bytes32 responseHash = sha256("浙B12345 车主: 张某".getBytes(StandardCharsets.UTF_8));
    Bytes32 blobRef = hash("encrypted response");
    long stampDeadline = chain.latestBlockTime() + 3_600;
    byte[] digest =
        chain
            .requests()
            .stampDigest(
                fulfilledId.toByteArray(),
                responseHash.toByteArray(),
                blobRef.toByteArray(),
                BigInteger.valueOf(stampDeadline))
            .send();
    byte[] stamp = sign(chain.trafficSeal, digest);
    r =
        send(
            asRequests(chain.custodian)
                .fulfil(
                    fulfilled,
                    asRequestLetter(letter),
                    responseHash.toByteArray(),
                    blobRef.toByteArray(),
                    BigInteger.valueOf(stampDeadline),
                    stamp));
    expect(
        r,
        RequestFulfilled.class,
        (m, t) ->
            new RequestFulfilled(
                m,
                fulfilledId,
                custodian,
                responseHash,
                blobRef,
                address(chain.trafficSeal),
                Instant.ofEpochSecond(stampDeadline),
                stamp,
                t));
    r = send(asRequests(chain.officer).confirmReceipt(fulfilled));
    Address officer = address(chain.officer);
    expect(r, ReceiptConfirmed.class, (m, t) -> new ReceiptConfirmed(m, fulfilledId, officer, t));
    expect(
        r,
        CustodyRecorded.class,
        (m, t) ->
            new CustodyRecorded(
                m, fulfilledId, caseA, officer, CustodyAction.RECEIVED_VIA_REQUEST, letterId, t));

    // Rejected by the custodian; its letter is then revoked.
    DataRequestRegistry.Request rejected = request(caseA, now + 3 * DAY, 2);
    Bytes32 rejectedId = createAndApprove(rejected);
    LetterRegistry.Letter rejectedLetter = issue(caseA, rejectedId, now, 1);
    Bytes32 rejectedLetterId = bind(rejected, rejectedLetter);
    Bytes32 reason = hash("不属于本部门数据");
    r = send(asRequests(chain.custodian).reject(rejected, reason.toByteArray()));
    expect(
        r,
        RequestRejected.class,
        (m, t) -> new RequestRejected(m, rejectedId, custodian, reason, t));
    Bytes32 revocation = hash("请求已被拒绝");
    r =
        send(
            as(chain.office, LetterRegistry::load, chain.letters())
                .revoke(rejectedLetterId.toByteArray(), revocation.toByteArray()));
    expect(
        r,
        LetterRevoked.class,
        (m, t) -> new LetterRevoked(m, rejectedLetterId, address(chain.office), revocation, t));

    // Cancelled by its creator before anyone acted on it.
    DataRequestRegistry.Request cancelled = request(caseA, now + 3 * DAY, 3);
    Bytes32 cancelledId = create(cancelled);
    r = send(asRequests(chain.officer).cancel(cancelled));
    expect(r, RequestCancelled.class, (m, t) -> new RequestCancelled(m, cancelledId, officer, t));

    // Left to expire after its one-day deadline (see penaltyToCourt).
    DataRequestRegistry.Request expiring = request(caseA, now + DAY, 4);
    create(expiring);
    return expiring;
  }

  DataRequestRegistry.Request request(Bytes32 caseId, long deadline, long salt) {
    return new DataRequestRegistry.Request(
        caseId.toByteArray(),
        ENFORCEMENT.toByteArray(),
        TRAFFIC.toByteArray(),
        VEHICLE_AND_OWNER,
        hash("浙B12345|salt" + salt).toByteArray(),
        chain.officer.getAddress(),
        BigInteger.valueOf(deadline),
        BigInteger.valueOf(salt));
  }

  Bytes32 create(DataRequestRegistry.Request q) throws Exception {
    TransactionReceipt r = send(asRequests(chain.officer).create(q));
    Bytes32 id = requestId(q);
    expect(
        r,
        RequestCreated.class,
        (m, t) ->
            new RequestCreated(
                m,
                id,
                Bytes32.of(q.caseId),
                TRAFFIC,
                ENFORCEMENT,
                address(chain.officer),
                VEHICLE_AND_OWNER,
                Bytes32.of(q.queryCommitment),
                Instant.ofEpochSecond(q.deadline.longValueExact()),
                q.salt.longValueExact(),
                t));
    return id;
  }

  Bytes32 createAndApprove(DataRequestRegistry.Request q) throws Exception {
    Bytes32 id = create(q);
    TransactionReceipt r = send(asRequests(chain.captain).approve(q));
    expect(
        r, RequestApproved.class, (m, t) -> new RequestApproved(m, id, address(chain.captain), t));
    return id;
  }

  LetterRegistry.Letter issue(Bytes32 caseId, Bytes32 requestId, long now, long nonce)
      throws Exception {
    Bytes32 purpose = hash("查询涉案车辆及车主登记信息 " + nonce);
    LetterRegistry.Letter letter =
        new LetterRegistry.Letter(
            ENFORCEMENT.toByteArray(),
            chain.office.getAddress(),
            chain.officer.getAddress(),
            TRAFFIC.toByteArray(),
            caseId.toByteArray(),
            requestId.toByteArray(),
            VEHICLE_AND_OWNER,
            purpose.toByteArray(),
            BigInteger.valueOf(now),
            BigInteger.valueOf(now + 7 * DAY),
            BigInteger.valueOf(nonce));
    Bytes32 letterId = Bytes32.of(chain.letters().idOf(letter).send());
    TransactionReceipt r =
        send(as(chain.office, LetterRegistry::load, chain.letters()).issue(letter));
    expect(
        r,
        LetterIssued.class,
        (m, t) ->
            new LetterIssued(
                m,
                letterId,
                caseId,
                address(chain.officer),
                ENFORCEMENT,
                address(chain.office),
                TRAFFIC,
                requestId,
                VEHICLE_AND_OWNER,
                purpose,
                Instant.ofEpochSecond(now),
                Instant.ofEpochSecond(now + 7 * DAY),
                BigInteger.valueOf(nonce),
                t));
    return letter;
  }

  Bytes32 bind(DataRequestRegistry.Request q, LetterRegistry.Letter letter) throws Exception {
    Bytes32 requestId = requestId(q);
    Bytes32 letterId = Bytes32.of(chain.letters().idOf(letter).send());
    TransactionReceipt r = send(asRequests(chain.office).bindLetter(q, asRequestLetter(letter)));
    expect(
        r,
        LetterBound.class,
        (m, t) -> new LetterBound(m, requestId, letterId, address(chain.office), t));
    return letterId;
  }

  /** The request id, {@code keccak256(abi.encode(request))}, as the SDK computes it. */
  static Bytes32 requestId(DataRequestRegistry.Request q) {
    return new cn.yunxi.sdk.internal.AbiWords()
        .add(Bytes32.of(q.caseId))
        .add(Bytes32.of(q.requesterDepartment))
        .add(Bytes32.of(q.targetDepartment))
        .add(q.categories)
        .add(Bytes32.of(q.queryCommitment))
        .add(Address.fromHex(q.creator))
        .add(q.deadline)
        .add(q.salt)
        .keccak();
  }

  static DataRequestRegistry.Letter asRequestLetter(LetterRegistry.Letter l) {
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
}
