package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/**
 * Where an event's log sits on chain: which contract emitted it, in which block and transaction, at
 * which position. A log carries no block time; events carry the contract's own time instead ({@link
 * YunxiEvent#time()}).
 *
 * @param emitter the contract that emitted the log
 * @param blockNumber the block's number
 * @param blockHash the block's hash (identifies the fork the log is on)
 * @param transactionHash the transaction that emitted the log
 * @param transactionIndex the transaction's index in the block
 * @param logIndex the log's index in the block
 * @param removed true when the node reports the log as removed by a reorganisation: the event did
 *     happen on a fork that is no longer canonical, and whatever was derived from it must be undone
 */
public record EventMeta(
    Address emitter,
    long blockNumber,
    Bytes32 blockHash,
    Bytes32 transactionHash,
    int transactionIndex,
    int logIndex,
    boolean removed) {

  public EventMeta {
    Objects.requireNonNull(emitter, "emitter");
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(transactionHash, "transactionHash");
    if (blockNumber < 0) {
      throw new IllegalArgumentException("blockNumber < 0: " + blockNumber);
    }
    if (transactionIndex < 0) {
      throw new IllegalArgumentException("transactionIndex < 0: " + transactionIndex);
    }
    if (logIndex < 0) {
      throw new IllegalArgumentException("logIndex < 0: " + logIndex);
    }
  }

  /** A short position for messages: {@code block 12 (0xab…) tx 0xcd… log 3 of 0xef…}. */
  public String position() {
    return "block "
        + blockNumber
        + " ("
        + blockHash
        + ") tx "
        + transactionHash
        + " log "
        + logIndex
        + " of "
        + emitter
        + (removed ? " (removed)" : "");
  }
}
