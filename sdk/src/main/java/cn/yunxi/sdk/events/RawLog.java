package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One log as a node returns it ({@code eth_getLogs}, a receipt, a subscription), free of any client
 * library's types. Immutable: the data is copied in and out.
 *
 * @param emitter the contract that emitted the log
 * @param topics topic 0 (the event signature's hash) and the indexed parameters, at most four
 * @param data the ABI encoding of the non-indexed parameters
 * @param blockNumber the block's number
 * @param blockHash the block's hash
 * @param transactionHash the emitting transaction
 * @param transactionIndex the transaction's index in the block
 * @param logIndex the log's index in the block
 * @param removed true when the node reports the log as removed by a reorganisation
 */
public record RawLog(
    Address emitter,
    List<Bytes32> topics,
    byte[] data,
    long blockNumber,
    Bytes32 blockHash,
    Bytes32 transactionHash,
    int transactionIndex,
    int logIndex,
    boolean removed) {

  public RawLog {
    Objects.requireNonNull(emitter, "emitter");
    topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
    if (topics.size() > 4) {
      throw new IllegalArgumentException("more than 4 topics: " + topics.size());
    }
    data = Objects.requireNonNull(data, "data").clone();
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

  /** A copy of the data. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The event signature's hash, absent for an anonymous event without topics. */
  public Optional<Bytes32> topic0() {
    return topics.isEmpty() ? Optional.empty() : Optional.of(topics.get(0));
  }

  /** The log's position, as every decoded event carries it. */
  public EventMeta meta() {
    return new EventMeta(
        emitter, blockNumber, blockHash, transactionHash, transactionIndex, logIndex, removed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawLog other
        && emitter.equals(other.emitter)
        && topics.equals(other.topics)
        && Arrays.equals(data, other.data)
        && blockNumber == other.blockNumber
        && blockHash.equals(other.blockHash)
        && transactionHash.equals(other.transactionHash)
        && transactionIndex == other.transactionIndex
        && logIndex == other.logIndex
        && removed == other.removed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        emitter,
        topics,
        Arrays.hashCode(data),
        blockNumber,
        blockHash,
        transactionHash,
        transactionIndex,
        logIndex,
        removed);
  }

  @Override
  public String toString() {
    return "RawLog[emitter="
        + emitter
        + ", topics="
        + topics
        + ", data=0x"
        + HexFormat.of().formatHex(data)
        + ", blockNumber="
        + blockNumber
        + ", blockHash="
        + blockHash
        + ", transactionHash="
        + transactionHash
        + ", transactionIndex="
        + transactionIndex
        + ", logIndex="
        + logIndex
        + ", removed="
        + removed
        + "]";
  }
}
