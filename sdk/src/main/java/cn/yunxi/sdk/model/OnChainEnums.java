package cn.yunxi.sdk.model;

/** Maps an on-chain enum value (a {@code uint8}) to the Java enum with the same ordinal. */
final class OnChainEnums {
  private OnChainEnums() {}

  static <E extends Enum<E>> E byOrdinal(E[] values, int code, String name) {
    if (code < 0 || code >= values.length) {
      throw new IllegalArgumentException("unknown " + name + " value: " + code);
    }
    return values[code];
  }
}
