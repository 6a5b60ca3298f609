package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import cn.yunxi.network.Consortium;
import cn.yunxi.network.NetworkConfigException;
import cn.yunxi.network.deploy.ConsortiumDeployer;
import cn.yunxi.network.deploy.KeyResolver;
import cn.yunxi.network.deploy.PasswordSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.web3j.crypto.Credentials;

/**
 * The CLI's {@link Deployer} over network-config's {@link ConsortiumDeployer}: converts the
 * deployment records (same fields, same JSON) and turns its failures into one-line CLI errors.
 * Keystore and PKCS#12 passwords come from {@code $YUNXI_KEY_PASSWORD}.
 */
final class ConsortiumDeployerAdapter implements Deployer {
  private final ConsortiumDeployer deployer;

  private ConsortiumDeployerAdapter(ConsortiumDeployer deployer) {
    this.deployer = deployer;
  }

  static Deployer connect(
      URI rpc, long chainId, Credentials account, Path keyBase, Consumer<String> progress) {
    try {
      ConsortiumDeployer d = ConsortiumDeployer.connect(rpc, chainId, account, progress);
      return new ConsortiumDeployerAdapter(
          d.withKeys(
              KeyResolver.create(keyBase, PasswordSource.environment("YUNXI_KEY_PASSWORD"))));
    } catch (NetworkConfigException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  @Override
  public Deployment deploy(Consortium consortium, Optional<Deployment> previous) {
    try {
      cn.yunxi.network.deploy.Deployment done =
          deployer.deploy(
              consortium,
              previous.map(
                  p ->
                      new cn.yunxi.network.deploy.Deployment(
                          p.chainId(), p.contracts(), p.deployedAtBlock())));
      return new Deployment(done.chainId(), done.contracts(), done.deployedAtBlock());
    } catch (NetworkConfigException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    deployer.close();
  }
}
