package cn.yunxi.sdk.internal.tx;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.tx.NonceManager;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * The default {@link NonceManager}: counts locally from the chain's pending nonce, reuses released
 * nonces lowest first (so a failed submission leaves no gap), and re-reads the chain after {@link
 * #resync}. One lock per manager: handing out a nonce is far cheaper than the RPC that follows.
 */
public final class ChainNonceManager implements NonceManager {
  private final ToLongFunction<Address> pendingNonce;
  private final Map<Address, AccountNonces> accounts = new HashMap<>();

  private static final class AccountNonces {
    long next = -1; // -1: read from the chain at the next call
    final TreeSet<Long> released = new TreeSet<>();
  }

  /**
   * @param pendingNonce reads the account's next nonce from the node ({@code
   *     eth_getTransactionCount(account, "pending")})
   */
  public ChainNonceManager(ToLongFunction<Address> pendingNonce) {
    this.pendingNonce = pendingNonce;
  }

  @Override
  public synchronized long next(Address account) {
    AccountNonces a = accounts.computeIfAbsent(account, k -> new AccountNonces());
    if (a.next < 0) {
      a.next = pendingNonce.applyAsLong(account);
      a.released.clear();
    }
    Long reused = a.released.pollFirst();
    return reused != null ? reused : a.next++;
  }

  @Override
  public synchronized void release(Address account, long nonce) {
    AccountNonces a = accounts.get(account);
    if (a != null && a.next >= 0 && nonce < a.next) {
      a.released.add(nonce);
    }
  }

  @Override
  public synchronized void resync(Address account) {
    AccountNonces a = accounts.get(account);
    if (a != null) {
      a.next = -1;
    }
  }
}
