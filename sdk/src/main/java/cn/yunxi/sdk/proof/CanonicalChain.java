package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.internal.proof.RpcCanonicalChain;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Optional;

/**
 * A node's view of its chain, used as a trust anchor in online verification ({@link
 * TrustAnchor#canonicalChain}). Implementations fail with a {@link cn.yunxi.sdk.YunxiException}
 * when the node cannot answer, never with a wrong answer.
 */
public interface CanonicalChain extends AutoCloseable {
  /** The node's chain id ({@code eth_chainId}). */
  long chainId();

  /**
   * The hash of the block at {@code number} on the node's canonical chain, or empty if it has none
   * ({@code eth_getBlockByNumber(number).hash}).
   */
  Optional<Bytes32> blockHash(long number);

  /** Releases the connection; idempotent. */
  @Override
  default void close() {}

  /** A node reached over JSON-RPC at {@code rpcUrl} (HTTP). Close it when done. */
  static CanonicalChain connect(String rpcUrl) {
    return new RpcCanonicalChain(rpcUrl);
  }
}
