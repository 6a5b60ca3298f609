package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Role;
import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Preconditions shared by the event records: Solidity integer ranges, immutable role sets. */
final class Checks {
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  private Checks() {}

  static int uint8(int value, String name) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException(name + " not a uint8: " + value);
    }
    return value;
  }

  static int uint16(int value, String name) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException(name + " not a uint16: " + value);
    }
    return value;
  }

  static long uint32(long value, String name) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(name + " not a uint32: " + value);
    }
    return value;
  }

  static BigInteger uint256(BigInteger value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() < 0 || value.compareTo(TWO_256) >= 0) {
      throw new IllegalArgumentException(name + " not a uint256: " + value);
    }
    return value;
  }

  static Set<Role> roles(Set<Role> roles, String name) {
    Objects.requireNonNull(roles, name);
    return Collections.unmodifiableSet(
        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
  }
}
