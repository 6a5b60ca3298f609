package cn.yunxi.sdk.model;

/** A data request's status (ordinal = on-chain value of DataRequestRegistry.Status). */
public enum RequestStatus {
  NONE,
  CREATED,
  APPROVED,
  LETTER_BOUND,
  ACCEPTED,
  REJECTED,
  FULFILLED,
  CONFIRMED,
  CANCELLED,
  EXPIRED;

  public static RequestStatus ofCode(int code) {
    return OnChainEnums.byOrdinal(values(), code, "RequestStatus");
  }
}
