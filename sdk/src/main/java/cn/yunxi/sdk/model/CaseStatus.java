package cn.yunxi.sdk.model;

/** A case's lifecycle status, in the order of the contract's enum (ordinal = on-chain value). */
public enum CaseStatus {
  NONE,
  OPENED,
  INVESTIGATING,
  DECIDED,
  PAID,
  REFERRED,
  CLOSED;

  public static CaseStatus ofCode(int code) {
    return OnChainEnums.byOrdinal(values(), code, "CaseStatus");
  }
}
