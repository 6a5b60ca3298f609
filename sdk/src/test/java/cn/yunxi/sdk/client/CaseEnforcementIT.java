package cn.yunxi.sdk.client;

import static cn.yunxi.sdk.client.ClientFixture.hash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.events.CaseTransferred;
import cn.yunxi.sdk.events.ReferredToCourt;
import cn.yunxi.sdk.events.ReminderRecorded;
import cn.yunxi.sdk.events.TransferCancelled;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.Inclusion;
import cn.yunxi.sdk.tx.NotAuthorisedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.protocol.http.HttpService;

/**
 * Unpaid fines and ownership through the SDK: overdue reminders (催缴) only after the due date,
 * referral to the court (非诉执行) only after the review deadline and only by the bureau office, and a
 * case's transfer to another department — proposed, withdrawn, proposed again, accepted by the
 * receiver's captain — after which the former owner has no rights on it. Chain time is moved
 * forward here, so this class has its own chain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseEnforcementIT {
  private DevConsortium chain;
  private YunxiClient officer;
  private YunxiClient captain;
  private YunxiClient office;
  private YunxiClient trafficAdmin;

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
    officer = ClientFixture.clientFor(chain, chain.officer);
    captain = ClientFixture.clientFor(chain, chain.captain);
    office = ClientFixture.clientFor(chain, chain.office);
    trafficAdmin = ClientFixture.clientFor(chain, chain.trafficAdmin);
  }

  @AfterAll
  void stop() {
    officer.close();
    captain.close();
    office.close();
    trafficAdmin.close();
    chain.close();
  }

  @Test
  void anUnpaidFineIsRemindedAfterItsDueDateAndReferredToTheCourtAfterTheReviewDeadline()
      throws Exception {
    Bytes32 id = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0410号");
    officer.cases().open(id, 101, false);
    officer.cases().startInvestigation(id);
    Instant now = chainTime();
    captain
        .cases()
        .decide(
            id,
            new Decision(
                hash("处罚决定书 0410"),
                hash("《浙江省城市绿化管理办法》"),
                80_000,
                now.plus(Duration.ofDays(15)),
                now.plus(Duration.ofDays(60))));

    assertThatThrownBy(() -> office.cases().recordReminder(id, hash("催告书 early")))
        .as("no reminder before the fine is due")
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> assertThat(e.error()).isEqualTo("CaseRegistry_NotOverdue"));

    advanceChainTime(Duration.ofDays(16));
    assertThatThrownBy(() -> captain.cases().recordReminder(id, hash("催告书")))
        .as("a captain does not send reminders")
        .isInstanceOf(NotAuthorisedException.class);
    Inclusion reminder = office.cases().recordReminder(id, hash("催告书"));
    assertThat(eventsIn(reminder, ReminderRecorded.class))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.caseId()).isEqualTo(id);
              assertThat(r.noticeHash()).isEqualTo(hash("催告书"));
              assertThat(r.by()).isEqualTo(Address.fromHex(chain.office.getAddress()));
            });
    assertThat(officer.cases().statusOf(id))
        .as("a reminder changes no status")
        .isEqualTo(CaseStatus.DECIDED);

    assertThatThrownBy(() -> office.cases().referToCourt(id, hash("强制执行申请书")))
        .as("no referral while the review period runs")
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> assertThat(e.error()).isEqualTo("CaseRegistry_ReviewPeriodRunning"));

    advanceChainTime(Duration.ofDays(45));
    assertThatThrownBy(() -> officer.cases().referToCourt(id, hash("强制执行申请书")))
        .as("only the bureau office refers")
        .isInstanceOf(NotAuthorisedException.class);
    Inclusion referral = office.cases().referToCourt(id, hash("强制执行申请书"));
    assertThat(eventsIn(referral, ReferredToCourt.class)).hasSize(1);
    assertThat(officer.cases().statusOf(id)).isEqualTo(CaseStatus.REFERRED);
    assertThatThrownBy(() -> office.cases().recordReminder(id, hash("催告书 2")))
        .as("no reminders once referred")
        .isInstanceOf(ContractRevertException.class);

    captain.cases().close(id, CloseResult.PENALTY_EXECUTED, hash("法院强制执行完毕"));
    assertThat(officer.cases().statusOf(id)).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void aCaseTransferredToAnotherDepartmentLeavesItsFormerOwnerWithoutRights() throws Exception {
    Bytes32 traffic = Bytes32.of(DevConsortium.TRAFFIC);
    YunxiClient trafficCaptain = trafficCaptain();
    Bytes32 id = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0411号");
    officer.cases().open(id, 101, false);

    assertThatThrownBy(() -> officer.cases().proposeTransfer(id, traffic))
        .as("only a captain proposes a transfer")
        .isInstanceOf(NotAuthorisedException.class);
    assertThatThrownBy(() -> trafficCaptain.cases().acceptTransfer(id))
        .as("nothing to accept yet")
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> assertThat(e.error()).isEqualTo("CaseRegistry_NoPendingTransfer"));

    captain.cases().proposeTransfer(id, traffic);
    Inclusion withdrawn = captain.cases().cancelTransfer(id);
    assertThat(eventsIn(withdrawn, TransferCancelled.class))
        .singleElement()
        .satisfies(e -> assertThat(e.to()).isEqualTo(traffic));
    assertThatThrownBy(() -> trafficCaptain.cases().acceptTransfer(id))
        .as("a withdrawn proposal cannot be accepted")
        .isInstanceOf(ContractRevertException.class);

    captain.cases().proposeTransfer(id, traffic);
    assertThatThrownBy(() -> captain.cases().acceptTransfer(id))
        .as("the proposing department cannot accept for the receiver")
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> assertThat(e.error()).isEqualTo("CaseRegistry_NotTransferee"));
    Inclusion accepted = trafficCaptain.cases().acceptTransfer(id);
    assertThat(eventsIn(accepted, CaseTransferred.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isEqualTo(Bytes32.of(DevConsortium.ENFORCEMENT));
              assertThat(e.to()).isEqualTo(traffic);
            });

    assertThatThrownBy(() -> officer.cases().startInvestigation(id))
        .as("the former owner's officer has no rights on the case any more")
        .isInstanceOf(ContractRevertException.class);
    trafficCaptain.cases().startInvestigation(id);
    assertThat(officer.cases().statusOf(id)).isEqualTo(CaseStatus.INVESTIGATING);
    trafficCaptain.close();
  }

  /** The traffic police's admin appoints a captain (gas is free: no funds needed). */
  private YunxiClient trafficCaptain() {
    org.web3j.crypto.Credentials person =
        org.web3j.crypto.Credentials.create(
            org.web3j.crypto.Hash.sha3String("yunxi dev: traffic captain"));
    trafficAdmin
        .consortium()
        .setMember(
            Address.fromHex(person.getAddress()),
            Set.of(Role.CAPTAIN),
            hash("警官证 traffic captain"),
            chainTime().plus(Duration.ofDays(365)));
    return ClientFixture.clientFor(chain, person);
  }

  private <E extends YunxiEvent> List<E> eventsIn(Inclusion tx, Class<E> type) {
    return officer.events().query(tx.blockNumber(), tx.blockNumber()).stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(e -> e.meta().transactionHash().equals(tx.transactionHash()))
        .toList();
  }

  private Instant chainTime() {
    try {
      return Instant.ofEpochSecond(
          chain
              .web3j
              .ethGetBlockByNumber(org.web3j.protocol.core.DefaultBlockParameterName.LATEST, false)
              .send()
              .getBlock()
              .getTimestamp()
              .longValueExact());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void advanceChainTime(Duration by) {
    call("evm_increaseTime", List.of(by.toSeconds()));
    call("evm_mine", List.of());
  }

  private void call(String method, List<?> params) {
    try {
      new Request<>(method, params, new HttpService(chain.anvil.rpcUrl()), VoidResponse.class)
          .send();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
