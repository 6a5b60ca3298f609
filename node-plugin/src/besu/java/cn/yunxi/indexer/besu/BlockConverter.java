package cn.yunxi.indexer.besu;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hyperledger.besu.datatypes.Hash;
import org.hyperledger.besu.datatypes.LogTopic;
import org.hyperledger.besu.datatypes.Transaction;
import org.hyperledger.besu.plugin.data.BlockBody;
import org.hyperledger.besu.plugin.data.BlockHeader;
import org.hyperledger.besu.plugin.data.Log;
import org.hyperledger.besu.plugin.data.TransactionReceipt;

/**
 * Turns Besu's view of a block (header, body, receipts) into a {@link RawBlock}: the only class
 * that knows Besu's data types. Besu's {@code Log} carries no position, so the transaction hash and
 * index come from the body (receipts are in transaction order) and the log index is counted over
 * every log of the block, foreign ones included — the numbering {@code eth_getLogs} uses.
 */
final class BlockConverter {
  private final Set<Address> contracts;

  BlockConverter(ContractAddresses contracts) {
    this.contracts = Set.copyOf(contracts.all());
  }

  RawBlock convert(
      BlockHeader header, BlockBody body, List<? extends TransactionReceipt> receipts) {
    List<? extends Transaction> transactions = body.getTransactions();
    if (transactions.size() != receipts.size()) {
      throw new IllegalStateException(
          "block "
              + header.getNumber()
              + " has "
              + transactions.size()
              + " transactions but "
              + receipts.size()
              + " receipts");
    }
    long number = header.getNumber();
    Bytes32 blockHash = bytes32(header.getBlockHash());
    List<RawLog> ours = new ArrayList<>();
    int logIndex = 0;
    for (int tx = 0; tx < receipts.size(); tx++) {
      Bytes32 txHash = null;
      for (Log log : receipts.get(tx).getLogs()) {
        Address emitter = Address.of(log.getLogger().getBytes().toArray());
        if (contracts.contains(emitter)) {
          if (txHash == null) {
            txHash = bytes32(transactions.get(tx).getHash());
          }
          ours.add(
              new RawLog(
                  emitter,
                  topics(log.getTopics()),
                  log.getData().toArray(),
                  number,
                  blockHash,
                  txHash,
                  tx,
                  logIndex,
                  false));
        }
        logIndex++;
      }
    }
    return new RawBlock(
        number,
        blockHash,
        bytes32(header.getParentHash()),
        Instant.ofEpochSecond(header.getTimestamp()),
        ours);
  }

  static Bytes32 bytes32(Hash hash) {
    return Bytes32.of(hash.getBytes().toArray());
  }

  private static List<Bytes32> topics(List<LogTopic> topics) {
    List<Bytes32> out = new ArrayList<>(topics.size());
    for (LogTopic topic : topics) {
      out.add(Bytes32.of(topic.getBytes().toArray()));
    }
    return out;
  }
}
