package cn.yunxi.sdk.model;

/** How a case was closed (ordinal = on-chain value). */
public enum CloseResult {
  NONE,
  PENALTY_EXECUTED,
  NO_PENALTY,
  DISMISSED;

  public static CloseResult ofCode(int code) {
    return OnChainEnums.byOrdinal(values(), code, "CloseResult");
  }
}
