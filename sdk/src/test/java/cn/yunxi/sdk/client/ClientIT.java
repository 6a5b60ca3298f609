package cn.yunxi.sdk.client;

import static cn.yunxi.sdk.client.ClientFixture.hash;
import static cn.yunxi.sdk.client.ClientFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.NewEvidence;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.NotAuthorisedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The client against a real Anvil: deposits, idempotency and typed refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientIT {
  private DevConsortium chain;
  private YunxiClient officer;
  private YunxiClient captain;
  private YunxiClient custodian;
  private final Bytes32 caseId = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0101号");

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
    officer = ClientFixture.clientFor(chain, chain.officer);
    captain = ClientFixture.clientFor(chain, chain.captain);
    custodian = ClientFixture.clientFor(chain, chain.custodian);
    officer.cases().open(caseId, 101, false);
  }

  @AfterAll
  void stop() {
    for (AutoCloseable c : new AutoCloseable[] {officer, captain, custodian, chain}) {
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
  void depositsAnItemAndTheChainCommitsExactlyTheReturnedRecord() {
    NewEvidence photo = item(caseId, "photo-1");
    Deposit deposit = officer.evidence().deposit(photo);

    assertThat(deposit.alreadyDeposited()).isFalse();
    assertThat(deposit.evidenceId()).isEqualTo(photo.evidenceId());
    assertThat(deposit.record().depositor()).isEqualTo(officer.account());
    assertThat(officer.evidence().isDeposited(photo.evidenceId())).isTrue();
    assertThat(officer.evidence().recordMatches(deposit.record())).isTrue();
  }

  @Test
  void aRetriedDepositReturnsTheEarlierRecordInsteadOfDepositingTwice() {
    NewEvidence video = item(caseId, "video-1");
    Deposit first = officer.evidence().deposit(video);

    Deposit retry = officer.evidence().deposit(video);

    assertThat(retry.alreadyDeposited()).isTrue();
    assertThat(retry.record()).isEqualTo(first.record());
    assertThat(retry.inclusion()).isEqualTo(first.inclusion());
  }

  @Test
  void theSameContentFromAnotherMemberIsRefusedAsADuplicate() {
    NewEvidence statement = item(caseId, "statement-1");
    officer.evidence().deposit(statement);

    assertThatThrownBy(() -> captain.evidence().deposit(statement))
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> {
              assertThat(e.error()).isEqualTo("EvidenceRegistry_DuplicateContent");
              assertThat(e.arguments().get("evidenceId")).isEqualTo(statement.evidenceId());
            });
  }

  @Test
  void aMemberWithoutTheRoleGetsATypedRefusalNamingTheAccountAndTheRoles() {
    assertThatThrownBy(() -> custodian.evidence().deposit(item(caseId, "custodian-photo")))
        .isInstanceOfSatisfying(
            NotAuthorisedException.class,
            e -> {
              assertThat(e.account()).isEqualTo(custodian.account());
              assertThat(e.requiredRoles()).containsExactlyInAnyOrder(Role.OFFICER, Role.CAPTAIN);
              assertThat(e.transactionHash()).as("refused before sending").isEmpty();
            });
  }

  @Test
  void unknownCaseIsRefusedWithTheCaseRegistrysError() {
    Bytes32 unknown = CaseOperations.caseIdOf("no such case");
    assertThatThrownBy(() -> officer.evidence().deposit(item(unknown, "x")))
        .isInstanceOfSatisfying(
            ContractRevertException.class,
            e -> {
              assertThat(e.error()).isEqualTo("CaseRegistry_UnknownCase");
              assertThat(e.arguments().get("caseId")).isEqualTo(unknown);
            });
  }

  @Test
  void casesMoveThroughTheirLifecycle() {
    Bytes32 id = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0102号");
    officer.cases().open(id, 101, false);
    assertThat(officer.cases().statusOf(id)).isEqualTo(CaseStatus.OPENED);
    officer.cases().startInvestigation(id);
    captain.cases().close(id, cn.yunxi.sdk.model.CloseResult.NO_PENALTY, hash("no penalty"));
    assertThat(officer.cases().statusOf(id)).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void theClientActsAsItsOwnAccount() {
    assertThat(officer.account()).isEqualTo(Address.fromHex(chain.officer.getAddress()));
  }
}
