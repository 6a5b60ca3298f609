package cn.yunxi.sdk.model;

/** What a custody event records (ordinal = on-chain value of EvidenceRegistry.CustodyAction). */
public enum CustodyAction {
  NONE,
  RECEIVED_VIA_REQUEST,
  ACCESSED,
  EXPORTED,
  SHARED;

  public static CustodyAction ofCode(int code) {
    return OnChainEnums.byOrdinal(values(), code, "CustodyAction");
  }
}
