package cn.yunxi.indexer.index;

/** Which party of a data request a department is. */
public enum RequestSide {
  /** The department asked for data (its custodians accept and fulfil). */
  TARGET,
  /** The department that asked (its officers create and confirm). */
  REQUESTER
}
