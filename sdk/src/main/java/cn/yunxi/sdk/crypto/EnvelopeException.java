package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.YunxiException;
import java.util.Objects;

/**
 * An envelope that cannot be opened, with the typed {@link Reason}. Thrown before any plaintext of
 * the offending chunk is released: a chunk's plaintext is handed out only once its tag verified.
 */
public class EnvelopeException extends YunxiException {
  private static final long serialVersionUID = 1L;

  /** Why an envelope was refused. */
  public enum Reason {
    /** The bytes do not start with the envelope magic. */
    NOT_AN_ENVELOPE,
    /** The magic is right but the format version is not one this SDK reads. */
    UNSUPPORTED_VERSION,
    /** The header names a cipher suite or key-wrap scheme this SDK does not know. */
    UNSUPPORTED_ALGORITHM,
    /** A header field is out of its allowed range (chunk size, recipient count, lengths …). */
    MALFORMED_HEADER,
    /** No recipient entry is for the given decryption key. */
    NOT_A_RECIPIENT,
    /** Authentication failed: a wrapped key, the header or a chunk was changed or reordered. */
    TAMPERED,
    /** The envelope ends before its final chunk (or inside the header or a chunk). */
    TRUNCATED,
    /** Bytes follow the final chunk. */
    TRAILING_DATA
  }

  private final Reason reason;

  public EnvelopeException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public EnvelopeException(Reason reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
