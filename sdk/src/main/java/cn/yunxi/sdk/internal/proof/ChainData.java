package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.YunxiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON-RPC blocks and receipts into the structures they are hashed from: a block's header
 * (every field, whatever the fork) and a receipt's EIP-2718 encoding.
 */
public final class ChainData {
  private ChainData() {}

  /** A node's JSON did not have the expected shape. */
  public static final class MalformedException extends YunxiException {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /** The header of an {@code eth_getBlockBy…} result. */
  public static BlockHeader header(JsonNode block) {
    Map<BlockHeader.Field, byte[]> values = new EnumMap<>(BlockHeader.Field.class);
    for (BlockHeader.Field f : BlockHeader.Field.values()) {
      String rpcName = f == BlockHeader.Field.OMMERS_HASH ? "sha3Uncles" : f.jsonName();
      JsonNode v = block.get(rpcName);
      if (v == null || v.isNull()) {
        continue;
      }
      values.put(
          f,
          f.kind() == BlockHeader.Kind.QUANTITY
              ? Rlp.minimalBytes(quantity(v, rpcName))
              : bytes(v, rpcName, -1));
    }
    try {
      return BlockHeader.of(values);
    } catch (IllegalArgumentException e) {
      throw new MalformedException("block header: " + e.getMessage());
    }
  }

  /** The EIP-2718 encoding of an {@code eth_getTransactionReceipt} result. */
  public static byte[] encodeReceipt(JsonNode receipt) {
    int type = 0;
    JsonNode typeNode = receipt.get("type");
    if (typeNode != null && !typeNode.isNull()) {
      type = quantity(typeNode, "type").intValueExact();
    }
    byte[] statusOrRoot;
    JsonNode status = receipt.get("status");
    if (status != null && !status.isNull()) {
      statusOrRoot = Rlp.minimalBytes(quantity(status, "status"));
    } else {
      statusOrRoot = bytes(receipt.get("root"), "root", 32);
    }
    List<ReceiptLog> logs = new ArrayList<>();
    JsonNode logsNode = receipt.get("logs");
    if (logsNode == null || !logsNode.isArray()) {
      throw new MalformedException("receipt without logs array");
    }
    for (JsonNode log : logsNode) {
      List<byte[]> topics = new ArrayList<>();
      for (JsonNode t : log.get("topics")) {
        topics.add(bytes(t, "topic", 32));
      }
      logs.add(
          new ReceiptLog(
              bytes(log.get("address"), "address", 20),
              topics,
              bytes(log.get("data"), "data", -1)));
    }
    try {
      return new TypedReceipt(
              type,
              statusOrRoot,
              quantity(receipt.get("cumulativeGasUsed"), "cumulativeGasUsed"),
              bytes(receipt.get("logsBloom"), "logsBloom", 256),
              logs)
          .encode();
    } catch (IllegalArgumentException e) {
      throw new MalformedException("receipt: " + e.getMessage());
    }
  }

  public static BigInteger quantity(JsonNode v, String name) {
    if (v == null
        || !v.isTextual()
        || !v.textValue().startsWith("0x")
        || v.textValue().length() < 3) {
      throw new MalformedException(name + " is not a hex quantity: " + v);
    }
    try {
      return new BigInteger(v.textValue().substring(2), 16);
    } catch (NumberFormatException e) {
      throw new MalformedException(name + " is not a hex quantity: " + v);
    }
  }

  public static byte[] bytes(JsonNode v, String name, int length) {
    if (v == null
        || !v.isTextual()
        || !v.textValue().startsWith("0x")
        || v.textValue().length() % 2 != 0) {
      throw new MalformedException(name + " is not hex bytes: " + v);
    }
    byte[] b;
    try {
      b = HexFormat.of().parseHex(v.textValue(), 2, v.textValue().length());
    } catch (IllegalArgumentException e) {
      throw new MalformedException(name + " is not hex bytes: " + v);
    }
    if (length >= 0 && b.length != length) {
      throw new MalformedException(name + ": " + length + " bytes expected, got " + b.length);
    }
    return b;
  }
}
