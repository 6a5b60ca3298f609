package cn.yunxi.sdk.client;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;

/** SDK clients for the people of a {@link DevConsortium}. */
public final class ClientFixture {
  private ClientFixture() {}

  public static ContractAddresses addresses(DevConsortium chain) {
    return ContractAddresses.fromHex(
        chain.consortium().getContractAddress(),
        chain.cases().getContractAddress(),
        chain.evidence().getContractAddress(),
        chain.letters().getContractAddress(),
        chain.requests().getContractAddress());
  }

  public static YunxiClient clientFor(DevConsortium chain, Credentials who) {
    return clientFor(chain.anvil.rpcUrl(), chain, who);
  }

  public static YunxiClient clientFor(String rpcUrl, DevConsortium chain, Credentials who) {
    return YunxiClient.builder()
        .endpoint(rpcUrl)
        .chainId(DevConsortium.CHAIN_ID)
        .signer(Signers.privateKey(who.getEcKeyPair().getPrivateKey()))
        .contracts(addresses(chain))
        .build();
  }

  public static Bytes32 hash(String text) {
    return Bytes32.of(Hash.sha3(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A distinct item whose digests are stand-ins derived from {@code name}. */
  public static NewEvidence item(Bytes32 caseId, String name) {
    return new NewEvidence(
        caseId,
        hash("sha256:" + name),
        hash("sm3:" + name),
        1,
        hash("blob:" + name),
        hash("meta:" + name));
  }
}
