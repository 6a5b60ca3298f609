package cn.yunxi.sdk.internal.proof;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An execution-layer block header: every field that goes into the block hash, in RLP order. The
 * fields after {@code nonce} arrived with later forks (London, Shanghai, Cancun, Prague); a header
 * carries a prefix of them, never one without those before it. Values are stored as the exact bytes
 * RLP encodes: fixed-length strings for hashes, addresses, the bloom and the nonce; minimal
 * big-endian integers (empty for zero) for quantities.
 */
public final class BlockHeader {
  /** How a field is represented. */
  public enum Kind {
    HASH(32),
    ADDRESS(20),
    BLOOM(256),
    NONCE(8),
    /** An unsigned integer of at most {@code maxBytes} bytes, canonical (no leading zero byte). */
    QUANTITY(-1),
    /** Any bytes. */
    BYTES(-1);

    final int length;

    Kind(int length) {
      this.length = length;
    }
  }

  /** The header fields, in RLP order; their JSON names are the JSON-RPC ones. */
  public enum Field {
    PARENT_HASH("parentHash", Kind.HASH, false),
    OMMERS_HASH("ommersHash", Kind.HASH, false),
    MINER("miner", Kind.ADDRESS, false),
    STATE_ROOT("stateRoot", Kind.HASH, false),
    TRANSACTIONS_ROOT("transactionsRoot", Kind.HASH, false),
    RECEIPTS_ROOT("receiptsRoot", Kind.HASH, false),
    LOGS_BLOOM("logsBloom", Kind.BLOOM, false),
    DIFFICULTY("difficulty", Kind.QUANTITY, false),
    NUMBER("number", Kind.QUANTITY, false),
    GAS_LIMIT("gasLimit", Kind.QUANTITY, false),
    GAS_USED("gasUsed", Kind.QUANTITY, false),
    TIMESTAMP("timestamp", Kind.QUANTITY, false),
    EXTRA_DATA("extraData", Kind.BYTES, false),
    MIX_HASH("mixHash", Kind.HASH, false),
    NONCE("nonce", Kind.NONCE, false),
    BASE_FEE_PER_GAS("baseFeePerGas", Kind.QUANTITY, true),
    WITHDRAWALS_ROOT("withdrawalsRoot", Kind.HASH, true),
    BLOB_GAS_USED("blobGasUsed", Kind.QUANTITY, true),
    EXCESS_BLOB_GAS("excessBlobGas", Kind.QUANTITY, true),
    PARENT_BEACON_BLOCK_ROOT("parentBeaconBlockRoot", Kind.HASH, true),
    REQUESTS_HASH("requestsHash", Kind.HASH, true);

    private final String jsonName;
    private final Kind kind;
    private final boolean optional;

    Field(String jsonName, Kind kind, boolean optional) {
      this.jsonName = jsonName;
      this.kind = kind;
      this.optional = optional;
    }

    public String jsonName() {
      return jsonName;
    }

    public Kind kind() {
      return kind;
    }

    public boolean optional() {
      return optional;
    }

    /** Quantities wider than this are refused: 256 bits for difficulty and base fee, else 64. */
    int maxBytes() {
      return this == DIFFICULTY || this == BASE_FEE_PER_GAS ? 32 : 8;
    }
  }

  private final EnumMap<Field, byte[]> values;

  private BlockHeader(EnumMap<Field, byte[]> values) {
    this.values = values;
  }

  /**
   * A header from these field values (RLP bytes, see the class comment).
   *
   * @throws IllegalArgumentException naming the first field that is missing, out of order or of the
   *     wrong shape
   */
  public static BlockHeader of(Map<Field, byte[]> fields) {
    EnumMap<Field, byte[]> values = new EnumMap<>(Field.class);
    boolean ended = false;
    for (Field f : Field.values()) {
      byte[] v = fields.get(f);
      if (v == null) {
        if (!f.optional) {
          throw new IllegalArgumentException("header field " + f.jsonName + " is missing");
        }
        ended = true;
        continue;
      }
      if (ended) {
        throw new IllegalArgumentException(
            "header field " + f.jsonName + " is present but an earlier fork field is not");
      }
      check(f, v);
      values.put(f, v.clone());
    }
    if (new BigInteger(1, values.get(Field.NUMBER)).bitLength() > 63
        || new BigInteger(1, values.get(Field.TIMESTAMP)).bitLength() > 63) {
      throw new IllegalArgumentException("header number or timestamp beyond 2^63-1");
    }
    return new BlockHeader(values);
  }

  private static void check(Field f, byte[] v) {
    if (f.kind.length >= 0 && v.length != f.kind.length) {
      throw new IllegalArgumentException(
          "header field " + f.jsonName + ": " + f.kind.length + " bytes expected, got " + v.length);
    }
    if (f.kind == Kind.QUANTITY) {
      if (v.length > 0 && v[0] == 0) {
        throw new IllegalArgumentException("header field " + f.jsonName + " has a leading zero");
      }
      if (v.length > f.maxBytes()) {
        throw new IllegalArgumentException(
            "header field " + f.jsonName + " is wider than " + f.maxBytes() * 8 + " bits");
      }
    }
  }

  /** The value of a field (a copy), or null if this header does not have it. */
  public byte[] get(Field field) {
    byte[] v = values.get(field);
    return v == null ? null : v.clone();
  }

  public boolean has(Field field) {
    return values.containsKey(field);
  }

  /** The fields this header has, in order. */
  public List<Field> fields() {
    return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
  }

  public long number() {
    return new BigInteger(1, values.get(Field.NUMBER)).longValueExact();
  }

  public long timestamp() {
    return new BigInteger(1, values.get(Field.TIMESTAMP)).longValueExact();
  }

  public byte[] receiptsRoot() {
    return get(Field.RECEIPTS_ROOT);
  }

  public byte[] extraData() {
    return get(Field.EXTRA_DATA);
  }

  /** A copy of this header with another extraData (for BFT hashing). */
  public BlockHeader withExtraData(byte[] extraData) {
    EnumMap<Field, byte[]> copy = new EnumMap<>(values);
    copy.put(Field.EXTRA_DATA, extraData.clone());
    return new BlockHeader(copy);
  }

  /** rlp([field…]): every field is an RLP byte string. */
  public byte[] rlp() {
    List<byte[]> items = new ArrayList<>(values.size());
    for (byte[] v : values.values()) {
      items.add(Rlp.string(v));
    }
    return Rlp.list(items);
  }

  /** keccak256(rlp(header)): the block hash on an Ethereum chain (Anvil, Geth, Besu PoS/dev). */
  public byte[] keccakHash() {
    return Keccak.of(rlp());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BlockHeader other) || !values.keySet().equals(other.values.keySet())) {
      return false;
    }
    for (Map.Entry<Field, byte[]> e : values.entrySet()) {
      if (!Arrays.equals(e.getValue(), other.values.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(rlp());
  }
}
