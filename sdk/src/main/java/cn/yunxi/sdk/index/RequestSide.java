package cn.yunxi.sdk.index;

/** Which party of a data request a department is, in list and statistics queries. */
public enum RequestSide {
  /** The department asked for data. */
  TARGET,
  /** The department that asked. */
  REQUESTER
}
