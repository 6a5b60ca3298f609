package cn.yunxi.sdk;

import cn.yunxi.sdk.events.YunxiEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * The consortium's events, typed. Queries and subscriptions read the five contracts' logs in chain
 * order; ranges are split so that no request spans more than 5,000 blocks (Besu's cap).
 */
public interface EventOperations {
  /** Every event in blocks {@code fromBlock..toBlock} (inclusive), in chain order. */
  List<YunxiEvent> query(long fromBlock, long toBlock);

  /**
   * Delivers every event from {@code fromBlock} on, in chain order, as blocks arrive, on one
   * background thread. Delivery is at least once per block: if {@code listener} throws, the same
   * range is delivered again on the next poll. To resume after a restart, subscribe from the block
   * after the last one fully processed ({@link Subscription#nextBlock()}).
   */
  Subscription subscribe(long fromBlock, Consumer<YunxiEvent> listener);

  /** A running subscription; close it to stop. */
  interface Subscription extends AutoCloseable {
    /** The first block not yet delivered. */
    long nextBlock();

    @Override
    void close();
  }
}
