package cn.yunxi.indexer.bench;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.events.YunxiContract;
import cn.yunxi.sdk.internal.events.AbiCatalog;
import cn.yunxi.sdk.internal.events.AbiEvent;
import cn.yunxi.sdk.internal.events.AbiParam;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Logs exactly as Solidity emits them — topic 0 and indexed words as topics, the rest ABI-encoded
 * as data — for events named in the contracts' ABI files ({@link AbiCatalog}), so the synthetic
 * chain's logs are byte for byte what a node would return, and decode with the SDK's real decoder.
 */
final class AbiLogs {
  private final ContractAddresses contracts;

  AbiLogs(ContractAddresses contracts) {
    this.contracts = contracts;
  }

  /** One event kind of one contract. */
  record Kind(YunxiContract contract, AbiEvent abi) {}

  static Kind kind(YunxiContract contract, String name) {
    for (AbiEvent e : AbiCatalog.events(contract)) {
      if (e.name().equals(name)) {
        return new Kind(contract, e);
      }
    }
    throw new IllegalArgumentException(contract + " has no event " + name);
  }

  /**
   * The log of {@code kind} with {@code values} in ABI parameter order: Bytes32, Address, Boolean,
   * Long/Integer/BigInteger/Instant (unsigned integers), byte[] (dynamic {@code bytes}).
   */
  RawLog log(Kind kind, Object[] values, long block, Bytes32 blockHash, int logIndex, Bytes32 tx) {
    List<AbiParam> params = kind.abi().params();
    if (values.length != params.size()) {
      throw new IllegalArgumentException(kind.abi().signature() + ": " + values.length + " values");
    }
    List<Bytes32> topics = new ArrayList<>(4);
    topics.add(kind.abi().topic0());
    List<byte[]> heads = new ArrayList<>();
    List<byte[]> tails = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      AbiParam p = params.get(i);
      if (p.indexed()) {
        topics.add(Bytes32.of(word(values[i])));
      } else if (p.type().equals("bytes")) {
        byte[] b = (byte[]) values[i];
        byte[] tail = new byte[32 + (b.length + 31) / 32 * 32];
        System.arraycopy(word((long) b.length), 0, tail, 0, 32);
        System.arraycopy(b, 0, tail, 32, b.length);
        heads.add(null); // the offset, known once every head is placed
        tails.add(tail);
      } else {
        heads.add(word(values[i]));
        tails.add(null);
      }
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream(32 * heads.size() + 128);
    long offset = 32L * heads.size();
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i) == null) {
        data.writeBytes(word(offset));
        offset += tails.get(i).length;
      } else {
        data.writeBytes(heads.get(i));
      }
    }
    for (byte[] tail : tails) {
      if (tail != null) {
        data.writeBytes(tail);
      }
    }
    Address emitter = kind.contract().addressIn(contracts);
    return new RawLog(
        emitter, topics, data.toByteArray(), block, blockHash, tx, logIndex, logIndex, false);
  }

  private static byte[] word(Object value) {
    byte[] w = new byte[32];
    if (value instanceof Bytes32 b) {
      return b.toByteArray();
    } else if (value instanceof Address a) {
      System.arraycopy(a.toByteArray(), 0, w, 12, 20);
    } else if (value instanceof Boolean b) {
      w[31] = (byte) (b ? 1 : 0);
    } else if (value instanceof Instant t) {
      return word(t.getEpochSecond());
    } else if (value instanceof Integer n) {
      return word((long) n);
    } else if (value instanceof Long n) {
      for (int i = 0; i < 8; i++) {
        w[31 - i] = (byte) (n >>> (8 * i));
      }
    } else if (value instanceof BigInteger n) {
      byte[] b = n.toByteArray();
      int len = Math.min(b.length, 32);
      System.arraycopy(b, b.length - len, w, 32 - len, len);
    } else {
      throw new IllegalArgumentException("no ABI word for " + value);
    }
    return w;
  }
}
