package cn.yunxi.network.deploy;

import cn.yunxi.network.NetworkConfigException;

/**
 * Deployment or key resolution failed: the node is unreachable, its chain id is not the
 * consortium's, a key cannot be opened, a transaction reverted, a previous deployment does not fit
 * this chain. The message says which step failed and what to do.
 */
public class DeploymentException extends NetworkConfigException {
  private static final long serialVersionUID = 1L;

  public DeploymentException(String message) {
    super(message);
  }

  public DeploymentException(String message, Throwable cause) {
    super(message, cause);
  }
}
