package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;

/**
 * The decoded parameters of one log, read by their Solidity names and converted to SDK types. A
 * getter asked for a name the event does not declare, or for the wrong ABI type, is a bug in the
 * factory tables and throws {@link IllegalStateException}.
 */
final class LogValues {
  private static final BigInteger MAX_INSTANT_SECONDS =
      BigInteger.valueOf(Instant.MAX.getEpochSecond());

  private final AbiEvent event;
  private final Object[] values;

  /** {@code values} in declaration order (indexed and non-indexed merged). */
  LogValues(AbiEvent event, Object[] values) {
    this.event = event;
    this.values = values;
  }

  Bytes32 bytes32(String name) {
    return (Bytes32) value(name, "bytes32");
  }

  Address address(String name) {
    return (Address) value(name, "address");
  }

  boolean bool(String name) {
    return (Boolean) value(name, "bool");
  }

  byte[] bytes(String name) {
    return ((byte[]) value(name, "bytes")).clone();
  }

  int uint8(String name) {
    return number(name, "uint8").intValueExact();
  }

  int uint16(String name) {
    return number(name, "uint16").intValueExact();
  }

  long uint32(String name) {
    return number(name, "uint32").longValueExact();
  }

  /** A {@code uint64} count as a Java {@code long} holding its 64 bits (read it unsigned). */
  long uint64(String name) {
    return number(name, "uint64").longValue();
  }

  BigInteger uint256(String name) {
    return number(name, "uint256");
  }

  /**
   * A {@code uint64} of Unix seconds. A value beyond {@link Instant#MAX} — only a caller-chosen
   * deadline can be, the contracts do not cap those — is {@link Instant#MAX}: never, in practice.
   */
  Instant time(String name) {
    BigInteger seconds = number(name, "uint64");
    return seconds.compareTo(MAX_INSTANT_SECONDS) > 0
        ? Instant.MAX
        : Instant.ofEpochSecond(seconds.longValueExact());
  }

  private BigInteger number(String name, String type) {
    return (BigInteger) value(name, type);
  }

  private Object value(String name, String type) {
    int position = event.positionOf(name);
    if (position < 0) {
      throw new IllegalStateException(event.signature() + " has no parameter " + name);
    }
    String declared = event.params().get(position).type();
    if (!declared.equals(type)) {
      throw new IllegalStateException(
          event.name() + "." + name + " is " + declared + ", read as " + type);
    }
    return values[position];
  }
}
