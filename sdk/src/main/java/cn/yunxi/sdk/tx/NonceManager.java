package cn.yunxi.sdk.tx;

import cn.yunxi.sdk.model.Address;

/**
 * Hands out transaction nonces for accounts. Implementations must be safe for concurrent use: many
 * threads submit through one client, and no two transactions may get the same nonce.
 */
public interface NonceManager {
  /** The nonce for the account's next transaction. */
  long next(Address account);

  /**
   * The transaction that was given {@code nonce} never reached the node: the nonce must be used
   * again, or the account's later transactions would wait forever behind the gap.
   */
  void release(Address account, long nonce);

  /** The local view may be wrong (the node refused a nonce): re-read it from the chain. */
  void resync(Address account);
}
