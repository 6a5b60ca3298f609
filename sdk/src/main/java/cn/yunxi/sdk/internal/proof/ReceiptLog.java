package cn.yunxi.sdk.internal.proof;

import java.util.List;

/** One log of a receipt: the emitting contract, its topics and its data. */
public record ReceiptLog(byte[] address, List<byte[]> topics, byte[] data) {
  public ReceiptLog {
    topics = List.copyOf(topics);
  }

  byte[] encode() {
    List<byte[]> topicItems = new java.util.ArrayList<>();
    for (byte[] t : topics) {
      topicItems.add(Rlp.string(t));
    }
    return Rlp.list(Rlp.string(address), Rlp.list(topicItems), Rlp.string(data));
  }
}
