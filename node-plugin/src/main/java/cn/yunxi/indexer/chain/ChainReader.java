package cn.yunxi.indexer.chain;

import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Read access to a node's canonical chain, as the indexer needs it: where the head is, which hash a
 * block number has, and whole blocks with their Yunxi events. The JSON-RPC follower implements it
 * over a node's API; the Besu adapter over Besu's {@code BlockchainService}.
 */
public interface ChainReader {

  /** The number of the node's newest block. */
  long headNumber() throws IOException;

  /** The hash of the canonical block {@code number}, or empty if the node has no such block. */
  Optional<Bytes32> hashAt(long number) throws IOException;

  /**
   * The canonical blocks {@code from..to} (both included), every one of them in order, each with
   * its Yunxi events. The blocks are consistent with one another at the moment they were read; a
   * reorganisation after that shows up as a parent-hash mismatch when they are applied.
   *
   * @throws IOException when the node cannot be reached or refuses; callers retry
   */
  List<ChainBlock> blocks(long from, long to) throws IOException;
}
