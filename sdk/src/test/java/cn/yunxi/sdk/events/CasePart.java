package cn.yunxi.sdk.events;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import java.math.BigInteger;
import java.time.Instant;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Case events: two cases before the decision (hand-off, notice, transfer), a paid simple case, then
 * the unpaid fine through reminder and referral to the closing.
 */
final class CasePart extends ScenarioPart {

  CasePart(ScenarioPart shared) {
    super(shared);
  }

  void casesBeforeDecision(Bytes32 caseA, Bytes32 caseB, Bytes32 caseC) throws Exception {
    CaseRegistry byOfficer = as(chain.officer, CaseRegistry::load, chain.cases());
    CaseRegistry byCaptain = as(chain.captain, CaseRegistry::load, chain.cases());
    CaseRegistry byTrafficCaptain = as(trafficCaptain, CaseRegistry::load, chain.cases());
    Address officer = address(chain.officer);
    Address captain = address(chain.captain);

    TransactionReceipt r =
        send(byOfficer.open(caseA.toByteArray(), BigInteger.valueOf(101), false));
    expect(
        r,
        CaseOpened.class,
        (m, t) -> new CaseOpened(m, caseA, ENFORCEMENT, officer, 101, false, t));
    r = send(byOfficer.startInvestigation(caseA.toByteArray()));
    expect(r, InvestigationStarted.class, (m, t) -> new InvestigationStarted(m, caseA, officer, t));
    r = send(byOfficer.handOff(caseA.toByteArray(), TRAFFIC.toByteArray()));
    expect(
        r,
        CaseHandedOff.class,
        (m, t) -> new CaseHandedOff(m, caseA, ENFORCEMENT, TRAFFIC, officer, t));
    Bytes32 notice = hash("车主告知书");
    r = send(byTrafficCaptain.recordNotice(caseA.toByteArray(), notice.toByteArray()));
    expect(
        r,
        NoticeRecorded.class,
        (m, t) -> new NoticeRecorded(m, caseA, address(trafficCaptain), notice, t));

    // Case B: a simple case whose ownership goes to the traffic police (proposed, withdrawn,
    // proposed again, accepted).
    r = send(byOfficer.open(caseB.toByteArray(), BigInteger.valueOf(7), true));
    expect(
        r, CaseOpened.class, (m, t) -> new CaseOpened(m, caseB, ENFORCEMENT, officer, 7, true, t));
    for (int attempt = 0; attempt < 2; attempt++) {
      r = send(byCaptain.proposeTransfer(caseB.toByteArray(), TRAFFIC.toByteArray()));
      expect(
          r,
          TransferProposed.class,
          (m, t) -> new TransferProposed(m, caseB, ENFORCEMENT, TRAFFIC, captain, t));
      if (attempt == 0) {
        r = send(byCaptain.cancelTransfer(caseB.toByteArray()));
        expect(
            r,
            TransferCancelled.class,
            (m, t) -> new TransferCancelled(m, caseB, TRAFFIC, captain, t));
      }
    }
    r = send(byTrafficCaptain.acceptTransfer(caseB.toByteArray()));
    expect(
        r,
        CaseTransferred.class,
        (m, t) -> new CaseTransferred(m, caseB, ENFORCEMENT, TRAFFIC, address(trafficCaptain), t));

    // Case C: decided on the spot by the officer, and paid.
    r = send(byOfficer.open(caseC.toByteArray(), BigInteger.valueOf(9), true));
    expect(
        r, CaseOpened.class, (m, t) -> new CaseOpened(m, caseC, ENFORCEMENT, officer, 9, true, t));
    decide(byOfficer, caseC, chain.officer, 20_000);
    Bytes32 receipt = hash("缴款凭证 0103");
    r = send(byOfficer.recordPayment(caseC.toByteArray(), receipt.toByteArray()));
    expect(r, PaymentRecorded.class, (m, t) -> new PaymentRecorded(m, caseC, officer, receipt, t));
  }

  /** Decides with a fine due in 15 days and a review period of 60 days. */
  void decide(CaseRegistry as, Bytes32 caseId, Credentials by, long fineFen) throws Exception {
    long now = chain.latestBlockTime();
    Bytes32 decision = hash("处罚决定书 " + caseId);
    Bytes32 provisions = hash("《浙江省城市绿化管理办法》");
    long due = now + 15 * DAY;
    long review = now + 60 * DAY;
    TransactionReceipt r =
        send(
            as.decide(
                caseId.toByteArray(),
                new CaseRegistry.Decision(
                    decision.toByteArray(),
                    provisions.toByteArray(),
                    BigInteger.valueOf(fineFen),
                    BigInteger.valueOf(due),
                    BigInteger.valueOf(review))));
    expect(
        r,
        CaseDecided.class,
        (m, t) ->
            new CaseDecided(
                m,
                caseId,
                address(by),
                decision,
                provisions,
                fineFen,
                Instant.ofEpochSecond(due),
                Instant.ofEpochSecond(review),
                t));
  }

  /** The overdue reminder, the referral to court after the review period, the closing. */
  void penaltyToCourt(Bytes32 caseA, DataRequestRegistry.Request expiring) throws Exception {
    decide(as(chain.captain, CaseRegistry::load, chain.cases()), caseA, chain.captain, 50_000);

    warp(16 * DAY);
    Bytes32 reminder = hash("催缴通知书");
    TransactionReceipt r =
        send(
            as(chain.officer, CaseRegistry::load, chain.cases())
                .recordReminder(caseA.toByteArray(), reminder.toByteArray()));
    expect(
        r,
        ReminderRecorded.class,
        (m, t) -> new ReminderRecorded(m, caseA, address(chain.officer), reminder, t));
    // Past its 1-day deadline: anybody may mark the fourth request expired.
    r = send(as(chain.custodian, DataRequestRegistry::load, chain.requests()).expire(expiring));
    Bytes32 expiringId = RequestPart.requestId(expiring);
    expect(
        r,
        RequestExpired.class,
        (m, t) -> new RequestExpired(m, expiringId, address(chain.custodian), t));

    warp(45 * DAY);
    Bytes32 referral = hash("强制执行申请书");
    r =
        send(
            as(chain.office, CaseRegistry::load, chain.cases())
                .referToCourt(caseA.toByteArray(), referral.toByteArray()));
    expect(
        r,
        ReferredToCourt.class,
        (m, t) -> new ReferredToCourt(m, caseA, address(chain.office), referral, t));
    Bytes32 summary = hash("结案报告");
    r =
        send(
            as(chain.captain, CaseRegistry::load, chain.cases())
                .close(caseA.toByteArray(), BigInteger.ONE, summary.toByteArray()));
    expect(
        r,
        CaseClosed.class,
        (m, t) ->
            new CaseClosed(
                m, caseA, address(chain.captain), CloseResult.PENALTY_EXECUTED, summary, t));
  }
}
