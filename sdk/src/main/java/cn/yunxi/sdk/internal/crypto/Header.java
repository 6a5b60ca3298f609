package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.crypto.CipherSuite;
import cn.yunxi.sdk.crypto.EnvelopeHeader;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.crypto.RecipientSlot;
import cn.yunxi.sdk.model.Bytes32;
import java.util.List;

/**
 * A parsed (or freshly built) envelope header, with the SHA-256 of its exact bytes that every
 * chunk's AAD binds.
 */
public record Header(
    CipherSuite suite, int chunkSize, byte[] baseNonce, List<Entry> entries, byte[] hash) {

  /** One recipient entry: who (scheme, key id) and the wrapped data key. */
  public record Entry(KeyWrapScheme scheme, byte[] keyId, byte[] wrappedKey) {}

  public EnvelopeHeader toPublic() {
    return new EnvelopeHeader(
        EnvelopeFormat.VERSION,
        suite,
        chunkSize,
        entries.stream().map(e -> new RecipientSlot(e.scheme(), Bytes32.of(e.keyId()))).toList());
  }
}
