package cn.yunxi.network.deploy;

import cn.yunxi.network.Consortium;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Department;
import cn.yunxi.sdk.model.Member;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What a deployment's Consortium contract holds for a YAML consortium's departments and members,
 * read through the SDK client: two deployments with equal snapshots are equally bootstrapped.
 */
record ChainSnapshot(List<Department> departments, List<Member> members) {

  static ChainSnapshot read(String rpcUrl, Deployment deployment, Consortium yaml) {
    try (YunxiClient client =
        YunxiClient.builder()
            .endpoint(rpcUrl)
            .chainId(deployment.chainId())
            .signer(Signers.privateKey(BigInteger.ONE))
            .contracts(deployment.contracts())
            .build()) {
      List<Department> departments = new ArrayList<>();
      List<Member> members = new ArrayList<>();
      KeyResolver keys = KeyResolver.withoutPasswords();
      for (cn.yunxi.network.Department d : yaml.departments()) {
        departments.add(client.consortium().department(Bytes32.of(d.codeBytes32())));
        for (cn.yunxi.network.Member m : d.members()) {
          members.add(client.consortium().member(Address.fromHex(keys.account(m))));
        }
      }
      return new ChainSnapshot(List.copyOf(departments), List.copyOf(members));
    }
  }
}
