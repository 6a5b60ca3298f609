package cn.yunxi.sdk.model;

/** The evidence kinds the SDK names; the chain stores the {@link #code()} (a {@code uint8}). */
public enum EvidenceKind {
  PHOTO(1),
  VIDEO(2),
  AUDIO(3),
  DOCUMENT(4),
  WITNESS_STATEMENT(5), // 见证人询问笔录
  DATA_RESPONSE(6), // a stamped record received through a data request
  MEDIATION_RECORD(7), // 矛调云 archive items, signed agreements
  OTHER(255);

  private final int code;

  EvidenceKind(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The kind with this code; codes the SDK does not name map to {@link #OTHER}. */
  public static EvidenceKind ofCode(int code) {
    for (EvidenceKind k : values()) {
      if (k.code == code) {
        return k;
      }
    }
    return OTHER;
  }
}
