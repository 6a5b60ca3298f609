package cn.yunxi.network;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's role in its department: the bits of the {@code Consortium} contract's {@code uint16}
 * role mask (see {@code contracts/README.md}). OFFICER and CAPTAIN are enforcement powers and need
 * an enforcement credential with an expiry.
 */
public enum Role {
  /** 执法队员: opens cases, deposits evidence, creates data requests. */
  OFFICER(1),
  /** 队长: approves requests (not his own), decides and closes cases. */
  CAPTAIN(2),
  /** 局办公室: issues and revokes introduction letters. */
  OFFICE(4),
  /** The providing department's data custodian: accepts and fulfils requests. */
  CUSTODIAN(8),
  /** 执法监督: records audit access to any case's evidence. */
  AUDITOR(16),
  /** Manages its own department's members and keys; votes on department changes. */
  ADMIN(32);

  private final int bit;

  Role(int bit) {
    this.bit = bit;
  }

  /** The role's bit in the contract's role mask. */
  public int bit() {
    return bit;
  }

  /** Whether the contract requires an enforcement credential (reference and expiry) for it. */
  public boolean needsCredential() {
    return this == OFFICER || this == CAPTAIN;
  }

  /** The role named {@code name} (case-insensitive), if there is one. */
  public static Optional<Role> parse(String name) {
    for (Role role : values()) {
      if (role.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** The contract's role mask for {@code roles}. */
  public static int mask(Collection<Role> roles) {
    int mask = 0;
    for (Role role : roles) {
      mask |= role.bit;
    }
    return mask;
  }
}
