package cn.yunxi.sdk.client;

import static cn.yunxi.sdk.client.ClientFixture.hash;
import static cn.yunxi.sdk.client.ClientFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.events.CustodyRecorded;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.CustodyAction;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.Inclusion;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The case lifecycle through the SDK — decision, payment, closing; the "one thing" hand-off to the
 * traffic police; corrections and custody — and its refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLifecycleIT {
  private DevConsortium chain;
  private YunxiClient officer;
  private YunxiClient captain;
  private YunxiClient custodian;

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
    officer = ClientFixture.clientFor(chain, chain.officer);
    captain = ClientFixture.clientFor(chain, chain.captain);
    custodian = ClientFixture.clientFor(chain, chain.custodian);
  }

  @AfterAll
  void stop() {
    officer.close();
    captain.close();
    custodian.close();
    chain.close();
  }

  @Test
  void aCaseIsDecidedPaidAndClosed() {
    Bytes32 id = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0301号");
    officer.cases().open(id, 101, false);
    officer.cases().startInvestigation(id);
    Instant now = Instant.now();
    Decision decision =
        new Decision(
            hash("处罚决定书"),
            hash("《浙江省城市绿化管理办法》"),
            50_000,
            now.plus(Duration.ofDays(15)),
            now.plus(Duration.ofDays(60)));

    assertThatThrownBy(() -> officer.cases().decide(id, decision))
        .as("an officer cannot decide a normal case")
        .isInstanceOf(cn.yunxi.sdk.tx.NotAuthorisedException.class);
    captain.cases().decide(id, decision);
    assertThatThrownBy(() -> officer.cases().referToCourt(id, hash("referral")))
        .isInstanceOf(cn.yunxi.sdk.tx.NotAuthorisedException.class);
    officer.cases().recordPayment(id, hash("缴款凭证"));
    captain.cases().close(id, CloseResult.PENALTY_EXECUTED, hash("结案报告"));

    assertThat(officer.cases().statusOf(id)).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void aCaseIsHandedOffOnceAndAMemberWithoutTheRoleCannotAct() {
    Bytes32 id = CaseOperations.caseIdOf("fire lane 0001");
    officer.cases().open(id, 201, true);
    assertThatThrownBy(() -> custodian.cases().recordNotice(id, hash("notice to owner")))
        .isInstanceOf(cn.yunxi.sdk.tx.NotAuthorisedException.class);
    officer.cases().handOff(id, Bytes32.of(DevConsortium.TRAFFIC));
    assertThatThrownBy(() -> officer.cases().handOff(id, Bytes32.of(DevConsortium.TRAFFIC)))
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> assertThat(e.error()).isEqualTo("CaseRegistry_AlreadyEntitled"));
  }

  @Test
  void aCorrectionSupersedesARecordThatStaysAndAccessIsRecordedAsCustody() {
    Bytes32 id = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0302号");
    officer.cases().open(id, 101, false);
    Deposit original = officer.evidence().deposit(item(id, "statement"));

    Deposit correction =
        officer
            .evidence()
            .correct(
                original.record(),
                hash("sha256:statement v2"),
                hash("sm3:statement v2"),
                5,
                hash("blob:statement v2"),
                hash("meta:statement v2"));
    assertThat(correction.record().supersedes()).isEqualTo(original.evidenceId());
    assertThat(officer.evidence().recordMatches(original.record())).isTrue();
    assertThat(officer.evidence().recordMatches(correction.record())).isTrue();

    Inclusion access =
        captain
            .evidence()
            .recordAccess(original.evidenceId(), id, CustodyAction.EXPORTED, hash("pkg"));
    YunxiEvent custody =
        officer.events().query(access.blockNumber(), access.blockNumber()).stream()
            .filter(e -> e instanceof CustodyRecorded)
            .findFirst()
            .orElseThrow();
    assertThat(((CustodyRecorded) custody).actor()).isEqualTo(captain.account());
    assertThat(((CustodyRecorded) custody).action()).isEqualTo(CustodyAction.EXPORTED);
  }
}
