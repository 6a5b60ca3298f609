package cn.yunxi.cli.dev;

import java.net.URI;
import java.util.function.Consumer;
import org.web3j.crypto.Credentials;

/** Where the CLI gets its {@link Deployer}: network-config's {@code ConsortiumDeployer}. */
public final class Deployers {
  private Deployers() {}

  /**
   * A deployer that signs with {@code deployer} on the chain at {@code rpc}; {@code keys} opens the
   * departments' and members' keys the consortium file names.
   */
  public static Deployer connect(
      URI rpc, long chainId, Credentials deployer, Keys keys, Consumer<String> progress) {
    return ConsortiumDeployerAdapter.connect(rpc, chainId, deployer, keys.base(), progress);
  }
}
