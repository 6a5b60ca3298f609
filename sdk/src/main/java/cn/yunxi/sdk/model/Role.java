package cn.yunxi.sdk.model;

import java.util.EnumSet;
import java.util.Set;

/** Member roles; the chain stores them as bits of a {@code uint16} (see {@link #bit()}). */
public enum Role {
  OFFICER(1), // 执法队员
  CAPTAIN(1 << 1), // 队长
  OFFICE(1 << 2), // 局办公室
  CUSTODIAN(1 << 3), // data custodian of a providing department
  AUDITOR(1 << 4), // 执法监督
  ADMIN(1 << 5); // manages its own department's members and keys

  private final int bit;

  Role(int bit) {
    this.bit = bit;
  }

  public int bit() {
    return bit;
  }

  /** The roles whose bits are set in {@code mask}; unknown bits are ignored. */
  public static Set<Role> fromMask(int mask) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : values()) {
      if ((mask & r.bit) != 0) {
        roles.add(r);
      }
    }
    return roles;
  }

  public static int toMask(Set<Role> roles) {
    int mask = 0;
    for (Role r : roles) {
      mask |= r.bit;
    }
    return mask;
  }
}
