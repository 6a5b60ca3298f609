package cn.yunxi.network;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person or system acting for a department on chain.
 *
 * @param name who it is, e.g. {@code 洪塘中队执法队员} (not stored on chain)
 * @param address the member's account ({@code 0x}, lower case), if written in the file
 * @param key where the member's key lives, if written in the file; at least one of {@code address}
 *     and {@code key} is present
 * @param roles the member's roles, never empty
 * @param credential the enforcement credential; present when a role {@linkplain
 *     Role#needsCredential() needs one}
 */
public record Member(
    String name,
    Optional<String> address,
    Optional<KeyRef> key,
    Set<Role> roles,
    Optional<Credential> credential) {

  public Member {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(credential, "credential");
    // An EnumSet keeps the roles in bit order, whatever order the file listed them in.
    EnumSet<Role> copy = EnumSet.noneOf(Role.class);
    copy.addAll(roles);
    roles = Collections.unmodifiableSet(copy);
  }

  /**
   * The member's account: the written address, else the one derived from a {@code seed:} key. Empty
   * when only a keystore, PKCS#12 or HSM reference is given: the deployer learns the address when
   * it opens the key.
   */
  public Optional<String> accountAddress() {
    return address.or(() -> key.flatMap(KeyRef::devAddress));
  }

  /** The contract's role mask. */
  public int roleMask() {
    return Role.mask(roles);
  }

  /** Whether the member holds {@code role}. */
  public boolean has(Role role) {
    return roles.contains(role);
  }
}
