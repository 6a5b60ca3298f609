package cn.yunxi.sdk.internal.events;

import java.util.Objects;

/**
 * One parameter of an event as its ABI declares it.
 *
 * @param name the Solidity parameter name
 * @param type the canonical ABI type, e.g. {@code uint64}
 * @param indexed whether the parameter is a topic rather than part of the data
 * @param uintBytes for a {@code uintN}, its width in bytes ({@code N / 8}); otherwise 0
 */
public record AbiParam(String name, String type, boolean indexed, int uintBytes) {

  public AbiParam {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /**
   * The parameter, if {@link AbiReader} can decode its type: {@code bytes32}, {@code address},
   * {@code bool}, {@code uint8}…{@code uint256} and, not indexed, {@code bytes} — all that Yunxi
   * events use. Anything else is refused when the ABI is loaded, not when a log arrives.
   */
  static AbiParam of(String name, String type, boolean indexed) {
    // An indexed dynamic value is stored as its hash, which cannot be decoded back.
    if (indexed && (type.equals("bytes") || type.equals("string"))) {
      throw new IllegalStateException("unsupported indexed dynamic parameter " + type + " " + name);
    }
    if (type.equals("bytes32")
        || type.equals("address")
        || type.equals("bool")
        || type.equals("bytes")) {
      return new AbiParam(name, type, indexed, 0);
    }
    int bits = type.matches("uint[0-9]{1,3}") ? Integer.parseInt(type.substring(4)) : 0;
    if (bits == 0 || bits > 256 || bits % 8 != 0) {
      throw new IllegalStateException("unsupported event parameter type " + type + " " + name);
    }
    return new AbiParam(name, type, indexed, bits / 8);
  }
}
