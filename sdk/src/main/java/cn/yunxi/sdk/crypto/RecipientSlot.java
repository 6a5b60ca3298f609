package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/**
 * One recipient entry of an envelope header, as anyone can read it without a key: the scheme and
 * the key id (SHA-256 of the reader's 65-byte public key, see {@link Recipient#keyId()}).
 */
public record RecipientSlot(KeyWrapScheme scheme, Bytes32 keyId) {
  public RecipientSlot {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(keyId, "keyId");
  }

  /** Whether this entry is for {@code recipient}. */
  public boolean isFor(Recipient recipient) {
    return scheme == recipient.scheme() && keyId.equals(recipient.keyId());
  }
}
