package cn.yunxi.network.deploy;

import java.util.List;

/**
 * The chain already holds a consortium that differs from the YAML in ways the deployer may not
 * change: after {@code finishBootstrap()} (or for a department already registered) changes go
 * through the department admins and the consortium's governance. Nothing was sent; {@link
 * #differences()} lists every difference, each saying who can make the change.
 */
public final class GovernanceRequiredException extends DeploymentException {
  private static final long serialVersionUID = 1L;

  private final List<String> differences;

  public GovernanceRequiredException(List<String> differences) {
    super(message(differences));
    this.differences = List.copyOf(differences);
  }

  /** One line per difference, in YAML order. */
  public List<String> differences() {
    return differences;
  }

  private static String message(List<String> differences) {
    StringBuilder out =
        new StringBuilder("the chain differs from the YAML in ")
            .append(differences.size())
            .append(differences.size() == 1 ? " way" : " ways")
            .append(" the deployer cannot change (nothing was sent):");
    differences.forEach(d -> out.append("\n  ").append(d));
    return out.toString();
  }
}
