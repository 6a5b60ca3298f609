package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Bytes32;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a chain of blocks for unit tests: block hashes derived from number, parent and a fork name
 * (so two forks differ from their first own block), one transaction per event, block times {@code
 * start + number·blockSeconds}.
 */
final class TestChain {
  private String fork;
  private final Instant start;
  private final long blockSeconds;
  private final List<ChainBlock> blocks = new ArrayList<>();

  TestChain(String fork, Instant start, long blockSeconds) {
    this.fork = fork;
    this.start = start;
    this.blockSeconds = blockSeconds;
  }

  TestChain(String fork) {
    this(fork, Instant.parse("2026-03-01T00:00:00Z"), 60);
  }

  /** A chain of another fork that shares this chain's first {@code length} blocks. */
  TestChain fork(String name, int length) {
    TestChain other = new TestChain(name, start, blockSeconds);
    other.blocks.addAll(blocks.subList(0, length));
    return other;
  }

  /** Blocks added from now on belong to fork {@code name}: their hashes differ from the old. */
  void switchFork(String name) {
    this.fork = name;
  }

  /** The time the next block will have; build its events' timestamps with it. */
  Instant nextTime() {
    return timeOf(blocks.size());
  }

  Instant timeOf(long number) {
    return start.plusSeconds(number * blockSeconds);
  }

  /** Appends a block with these events (records with any meta; positions come from here). */
  ChainBlock add(List<? extends YunxiEvent> events) {
    long number = blocks.size();
    Bytes32 parent = number == 0 ? Bytes32.ZERO : blocks.get((int) number - 1).hash();
    Bytes32 hash = hash(fork, number, parent);
    List<ChainEvent> chainEvents = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Bytes32 tx = hash("tx:" + fork + ":" + i, number, parent);
      chainEvents.add(EventLogs.at(events.get(i), number, hash, i, tx));
    }
    ChainBlock block = new ChainBlock(number, hash, parent, timeOf(number), chainEvents);
    blocks.add(block);
    return block;
  }

  ChainBlock add(YunxiEvent... events) {
    return add(List.of(events));
  }

  List<ChainBlock> blocks() {
    return List.copyOf(blocks);
  }

  ChainBlock block(int number) {
    return blocks.get(number);
  }

  private static Bytes32 hash(String salt, long number, Bytes32 parent) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.UTF_8));
      sha.update(ByteBuffer.allocate(8).putLong(number).array());
      sha.update(parent.toByteArray());
      return Bytes32.of(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
