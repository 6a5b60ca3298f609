package cn.yunxi.sdk.model;

/** A governance proposal's action (ordinal = on-chain value of Consortium.ProposalAction). */
public enum ProposalAction {
  NONE,
  ADD_DEPARTMENT,
  SUSPEND_DEPARTMENT,
  REACTIVATE_DEPARTMENT;

  public static ProposalAction ofCode(int code) {
    return OnChainEnums.byOrdinal(values(), code, "ProposalAction");
  }
}
