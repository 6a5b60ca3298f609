package cn.yunxi.sdk.client;

import static cn.yunxi.sdk.client.ClientFixture.hash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Department;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.NotAuthorisedException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Department governance through the SDK: quorum of department admins, typed refusals. */
class GovernanceIT {
  @Test
  void aNewDepartmentJoinsOnlyWithAQuorumOfDepartmentAdmins() throws Exception {
    try (DevConsortium chain = DevConsortium.start();
        YunxiClient enforcementAdmin = ClientFixture.clientFor(chain, chain.enforcementAdmin);
        YunxiClient trafficAdmin = ClientFixture.clientFor(chain, chain.trafficAdmin);
        YunxiClient officer = ClientFixture.clientFor(chain, chain.officer)) {
      Bytes32 fire = Bytes32.fromAscii("JB-XFJYDD");
      Signer fireSeal = Signers.privateKey(BigInteger.valueOf(0xF12E));
      Signer fireAdmin = Signers.privateKey(BigInteger.valueOf(0xF1AD));
      byte[] fireKey = DevConsortium.publicKey(chain.officer); // any valid 64-byte public key

      BigInteger add =
          enforcementAdmin
              .consortium()
              .proposeAddDepartment(
                  fire, hash("宁波市江北区消防救援大队"), fireSeal.address(), fireKey, fireAdmin.address());
      assertThatThrownBy(() -> enforcementAdmin.consortium().execute(add))
          .isInstanceOfSatisfying(
              ContractRevertException.class,
              e -> assertThat(e.error()).isEqualTo("Consortium_QuorumNotReached"));
      trafficAdmin.consortium().approve(add);
      trafficAdmin.consortium().execute(add);

      Department joined = officer.consortium().department(fire);
      assertThat(joined.active()).isTrue();
      assertThat(joined.seal()).isEqualTo(fireSeal.address());
      assertThat(officer.consortium().member(fireAdmin.address()).effectiveRoles())
          .containsExactly(Role.ADMIN);

      assertThatThrownBy(() -> officer.consortium().proposeSuspension(fire))
          .isInstanceOfSatisfying(
              NotAuthorisedException.class,
              e -> assertThat(e.requiredRoles()).containsExactly(Role.ADMIN));
    }
  }
}
