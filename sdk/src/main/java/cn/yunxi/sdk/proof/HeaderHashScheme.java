package cn.yunxi.sdk.proof;

/**
 * How a package's block header is hashed into the block hash. The package names it (field {@code
 * block.hashScheme}); a wrong scheme gives a wrong hash, so the name cannot be used to cheat.
 */
public enum HeaderHashScheme {
  /** {@code keccak256(rlp(header))}: Ethereum, Anvil, Geth, Besu outside BFT. */
  ETHEREUM("ethereum"),
  /**
   * Besu QBFT: {@code keccak256(rlp(header))} with the extraData re-encoded with round 0 and no
   * commit seals (the genesis header as it is).
   */
  BESU_QBFT("besu-qbft");

  private final String jsonName;

  HeaderHashScheme(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name the package format uses. */
  public String jsonName() {
    return jsonName;
  }

  /** The scheme with this package-format name, or null. */
  public static HeaderHashScheme ofJsonName(String name) {
    for (HeaderHashScheme s : values()) {
      if (s.jsonName.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
