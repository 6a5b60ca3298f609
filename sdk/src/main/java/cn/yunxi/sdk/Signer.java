package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;

/**
 * Signs for one account. Implement it to keep a key in an HSM or a separate seal service; {@link
 * Signers} makes signers from keys, keystores and PKCS#12 files. Implementations must be safe for
 * concurrent use.
 */
public interface Signer {
  /** The account whose key signs. */
  Address address();

  /**
   * Signs {@code digest} exactly as given — no hashing, no message prefix. Transactions and EIP-712
   * typed data both reach here as their final 32-byte digest.
   */
  Signature sign(Bytes32 digest);
}
