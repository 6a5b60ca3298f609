package cn.yunxi.sdk.internal.proof;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A transaction receipt as the receipts trie stores it (EIP-2718): {@code rlp([status,
 * cumulativeGasUsed, logsBloom, logs])}, prefixed with the transaction type byte unless the
 * transaction is a legacy one. {@code status} is 1 (an {@code 0x01} byte) for success and 0 (empty)
 * for failure; receipts from before Byzantium carry a 32-byte state root there instead.
 */
public record TypedReceipt(
    int type,
    byte[] statusOrRoot,
    BigInteger cumulativeGasUsed,
    byte[] logsBloom,
    List<ReceiptLog> logs) {
  public static final int LEGACY = 0;

  public TypedReceipt {
    logs = List.copyOf(logs);
    if (type < 0 || type > 0x7f) {
      throw new IllegalArgumentException("transaction type out of range: " + type);
    }
  }

  /** Whether the transaction succeeded (status 1). */
  public boolean succeeded() {
    return Arrays.equals(statusOrRoot, new byte[] {1});
  }

  public byte[] encode() {
    List<byte[]> logItems = new ArrayList<>(logs.size());
    for (ReceiptLog log : logs) {
      logItems.add(log.encode());
    }
    byte[] body =
        Rlp.list(
            Rlp.string(statusOrRoot),
            Rlp.uint(cumulativeGasUsed),
            Rlp.string(logsBloom),
            Rlp.list(logItems));
    if (type == LEGACY) {
      return body;
    }
    byte[] out = new byte[body.length + 1];
    out[0] = (byte) type;
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }

  /**
   * Decodes a receipt strictly.
   *
   * @throws RlpException if the bytes are not one
   */
  public static TypedReceipt decode(byte[] encoded) {
    if (encoded.length == 0) {
      throw new RlpException("an empty receipt");
    }
    int first = encoded[0] & 0xff;
    int type;
    byte[] body;
    if (first >= 0xc0) {
      type = LEGACY;
      body = encoded;
    } else if (first >= 0x01 && first <= 0x7f) {
      type = first;
      body = Arrays.copyOfRange(encoded, 1, encoded.length);
    } else {
      throw new RlpException("receipt type byte 0x" + Integer.toHexString(first) + " is invalid");
    }
    List<Rlp.Item> items = Rlp.decode(body).items(4, "receipt");
    byte[] status = items.get(0).bytes();
    if (!(status.length == 0 || Arrays.equals(status, new byte[] {1}) || status.length == 32)) {
      throw new RlpException("receipt status is neither 0, 1 nor a state root");
    }
    BigInteger cumulativeGas = items.get(1).uint("receipt cumulativeGasUsed");
    byte[] bloom = items.get(2).bytes(256, "receipt logsBloom");
    List<ReceiptLog> logs = new ArrayList<>();
    for (Rlp.Item log : items.get(3).items()) {
      List<Rlp.Item> parts = log.items(3, "log");
      List<byte[]> topics = new ArrayList<>();
      for (Rlp.Item t : parts.get(1).items()) {
        topics.add(t.bytes(32, "log topic"));
      }
      if (topics.size() > 4) {
        throw new RlpException("a log with " + topics.size() + " topics");
      }
      logs.add(new ReceiptLog(parts.get(0).bytes(20, "log address"), topics, parts.get(2).bytes()));
    }
    return new TypedReceipt(type, status, cumulativeGas, bloom, logs);
  }
}
