package cn.yunxi.indexer.follow;

import cn.yunxi.indexer.chain.BlockSink;
import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.chain.NotNextBlockException;
import java.util.ArrayList;
import java.util.List;

/** A test double of the index: the applied blocks in a list, rollback drops the newest. */
final class MemorySink implements BlockSink {
  private final List<ChainBlock> blocks = new ArrayList<>();

  @Override
  public synchronized Checkpoint checkpoint() {
    return blocks.isEmpty()
        ? Checkpoint.BEFORE_GENESIS
        : blocks.get(blocks.size() - 1).checkpoint();
  }

  @Override
  public synchronized void apply(ChainBlock block) {
    Checkpoint cp = checkpoint();
    if (!cp.isParentOf(block)) {
      throw new NotNextBlockException(cp, block);
    }
    blocks.add(block);
  }

  @Override
  public synchronized Checkpoint rollback() {
    if (blocks.isEmpty()) {
      throw new IllegalStateException("nothing to roll back");
    }
    blocks.remove(blocks.size() - 1);
    return checkpoint();
  }

  synchronized List<ChainBlock> blocks() {
    return List.copyOf(blocks);
  }

  synchronized List<ChainEvent> events() {
    List<ChainEvent> events = new ArrayList<>();
    for (ChainBlock b : blocks) {
      events.addAll(b.events());
    }
    return events;
  }
}
