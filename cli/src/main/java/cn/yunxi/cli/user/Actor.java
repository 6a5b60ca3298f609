package cn.yunxi.cli.user;

import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.model.Address;
import java.util.Set;

/**
 * The member a command acts as.
 *
 * @param name the member's name in the consortium file, or null when only the key is known
 * @param address its account
 * @param department its department's code, or null when the account is no member
 * @param roles the role names it holds ({@code OFFICER}, {@code CAPTAIN} …)
 * @param signer its key
 */
public record Actor(
    String name, Address address, String department, Set<String> roles, Signer signer) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  /** {@code 洪塘中队执法队员 (JB-ZHXZZF)}, or the address when the name is unknown. */
  public String describe() {
    String who = name != null ? name : address.toHex();
    return department != null ? who + " (" + department + ")" : who;
  }

  public boolean has(String role) {
    return roles.contains(role);
  }
}
