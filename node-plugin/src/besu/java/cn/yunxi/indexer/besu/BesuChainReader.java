package cn.yunxi.indexer.besu;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainReader;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.besu.plugin.data.BlockContext;
import org.hyperledger.besu.plugin.data.BlockHeader;
import org.hyperledger.besu.plugin.data.TransactionReceipt;
import org.hyperledger.besu.plugin.services.BlockchainService;

/**
 * {@link ChainReader} over the node's own database, through Besu's {@link BlockchainService}: what
 * the catch-up and every resync read. In-process reads cannot time out, so the {@link IOException}s
 * here mean "the chain moved under us" (a block or its receipts vanished, a batch no longer
 * chains): the caller's retry sees the new canonical chain.
 */
final class BesuChainReader implements ChainReader {
  private final BlockchainService chain;
  private final BlockConverter converter;
  private final EventDecoder decoder;

  BesuChainReader(BlockchainService chain, BlockConverter converter, EventDecoder decoder) {
    this.chain = chain;
    this.converter = converter;
    this.decoder = decoder;
  }

  @Override
  public long headNumber() {
    return chain.getChainHeadHeader().getNumber();
  }

  @Override
  public Optional<Bytes32> hashAt(long number) {
    if (number < 0) {
      return Optional.empty();
    }
    return chain
        .getBlockByNumber(number)
        .map(block -> BlockConverter.bytes32(block.getBlockHeader().getBlockHash()));
  }

  @Override
  public List<ChainBlock> blocks(long from, long to) throws IOException {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad range " + from + ".." + to);
    }
    List<ChainBlock> out = new ArrayList<>(Math.toIntExact(to - from + 1));
    for (long n = from; n <= to; n++) {
      ChainBlock block = read(n).decode(decoder);
      // Blocks are read one by one while Besu imports: check they still form one chain.
      if (!out.isEmpty() && !block.parentHash().equals(out.get(out.size() - 1).hash())) {
        throw new IOException(
            "the chain reorganised while blocks " + from + ".." + to + " were read");
      }
      out.add(block);
    }
    return out;
  }

  private RawBlock read(long number) throws IOException {
    Optional<BlockContext> block = chain.getBlockByNumber(number);
    if (block.isEmpty()) {
      throw new IOException("the node has no canonical block " + number);
    }
    BlockHeader header = block.get().getBlockHeader();
    Optional<List<TransactionReceipt>> receipts =
        chain.getReceiptsByBlockHash(header.getBlockHash());
    if (receipts.isEmpty()) {
      throw new IOException("the node has no receipts for block " + header.toLogString());
    }
    return converter.convert(header, block.get().getBlockBody(), receipts.get());
  }
}
