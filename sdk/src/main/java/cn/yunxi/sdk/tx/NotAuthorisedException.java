package cn.yunxi.sdk.tx;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Role;
import java.util.Map;
import java.util.Set;

/**
 * The account does not hold any of the roles the step needs, right now: not a member, a member of a
 * suspended department, an enforcement credential expired, or simply the wrong role.
 */
public final class NotAuthorisedException extends ContractRevertException {
  private static final long serialVersionUID = 1L;

  private final transient Address account;
  private final transient Set<Role> requiredRoles;

  public NotAuthorisedException(
      Address account, Set<Role> requiredRoles, Map<String, Object> arguments, Bytes32 txHash) {
    super("Consortium_Unauthorised", arguments, txHash);
    this.account = account;
    this.requiredRoles = Set.copyOf(requiredRoles);
  }

  public Address account() {
    return account;
  }

  /** The step needs any one of these roles. */
  public Set<Role> requiredRoles() {
    return requiredRoles;
  }

  @Override
  public String getMessage() {
    return "not authorised: "
        + account
        + " needs one of the roles "
        + requiredRoles
        + " (active membership, and an unexpired credential for OFFICER or CAPTAIN)"
        + transactionHash().map(h -> " (transaction " + h + ")").orElse("");
  }
}
