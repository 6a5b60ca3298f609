package cn.yunxi.cli.dev;

import cn.yunxi.network.Consortium;
import java.util.Optional;

/**
 * Deploys the five contracts and bootstraps the consortium (departments, members, roles) from its
 * YAML; given the previous deployment it resumes and changes nothing that is already done. The CLI
 * depends on this interface only: {@link Deployers#connect} picks the implementation.
 */
public interface Deployer extends AutoCloseable {

  /**
   * Deploys (or finds) the contracts and finishes the bootstrap.
   *
   * @param previous what an earlier run returned; its contracts are reused if they are on chain
   */
  Deployment deploy(Consortium consortium, Optional<Deployment> previous);

  /** Releases the connection. */
  @Override
  void close();
}
