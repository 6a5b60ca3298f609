package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.EventMeta;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.internal.events.AbiCatalog;
import cn.yunxi.sdk.internal.events.AbiEvent;
import cn.yunxi.sdk.internal.events.AbiParam;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Role;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/**
 * Turns an SDK event record into the log Solidity would emit for it (topics and ABI data, from the
 * contracts' ABI files), at a chosen position, and decodes that log back with the real {@link
 * EventDecoder} — so unit tests feed the index exactly what a node would, without a chain. The
 * record given may carry any placeholder meta ({@link #PLACEHOLDER}): the position and emitter come
 * from the log.
 */
public final class EventLogs {
  /** Contract addresses for logs made without a chain (unit tests, the benchmark's store). */
  public static final ContractAddresses CONTRACTS =
      ContractAddresses.fromHex(
          "0x1000000000000000000000000000000000000001",
          "0x2000000000000000000000000000000000000002",
          "0x3000000000000000000000000000000000000003",
          "0x4000000000000000000000000000000000000004",
          "0x5000000000000000000000000000000000000005");

  public static final EventDecoder DECODER = EventDecoder.of(CONTRACTS);

  /** A meta to build records with; replaced by the real position when the log is made. */
  static final EventMeta PLACEHOLDER =
      new EventMeta(Address.ZERO, 0, Bytes32.ZERO, Bytes32.ZERO, 0, 0, false);

  private EventLogs() {}

  /** The event as mined at {@code block}/{@code logIndex}, log and decoded record. */
  static ChainEvent at(
      YunxiEvent event, long block, Bytes32 blockHash, int logIndex, Bytes32 txHash) {
    RawLog log = log(event, block, blockHash, logIndex, txHash);
    YunxiEvent decoded =
        DECODER.decode(log).orElseThrow(() -> new AssertionError("not ours: " + log));
    return new ChainEvent(log, decoded);
  }

  static RawLog log(YunxiEvent event, long block, Bytes32 blockHash, int logIndex, Bytes32 txHash) {
    AbiEvent abi =
        AbiCatalog.events(event.contract()).stream()
            .filter(e -> e.name().equals(event.name()))
            .findFirst()
            .orElseThrow();
    List<Bytes32> topics = new ArrayList<>(List.of(abi.topic0()));
    List<Type> data = new ArrayList<>();
    for (AbiParam p : abi.params()) {
      Type<?> value = abiValue(p.type(), component(event, p.name()));
      if (p.indexed()) {
        topics.add(Bytes32.fromHex(TypeEncoder.encode(value)));
      } else {
        data.add(value);
      }
    }
    byte[] encoded = Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(data));
    return new RawLog(
        event.contract().addressIn(CONTRACTS),
        topics,
        encoded,
        block,
        blockHash,
        txHash,
        logIndex,
        logIndex,
        false);
  }

  private static Object component(YunxiEvent event, String name) {
    for (RecordComponent c : event.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          return c.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(event.name() + " has no component " + name);
  }

  private static Type<?> abiValue(String abiType, Object value) {
    switch (abiType) {
      case "bytes32":
        return new org.web3j.abi.datatypes.generated.Bytes32(((Bytes32) value).toByteArray());
      case "address":
        return new org.web3j.abi.datatypes.Address(((Address) value).toHex());
      case "bool":
        return new Bool((Boolean) value);
      case "bytes":
        return new DynamicBytes((byte[]) value);
      default:
        break;
    }
    BigInteger n;
    if (value instanceof Instant i) {
      n = BigInteger.valueOf(i.getEpochSecond());
    } else if (value instanceof Set<?> roles) {
      @SuppressWarnings("unchecked")
      Set<Role> r = (Set<Role>) roles;
      n = BigInteger.valueOf(Role.toMask(r));
    } else if (value instanceof Enum<?> e) {
      n = BigInteger.valueOf(e.ordinal());
    } else if (value instanceof Long l) {
      n = new BigInteger(Long.toUnsignedString(l));
    } else if (value instanceof Integer i) {
      n = BigInteger.valueOf(i);
    } else {
      n = (BigInteger) value;
    }
    return switch (abiType) {
      case "uint8" -> new Uint8(n);
      case "uint16" -> new Uint16(n);
      case "uint32" -> new Uint32(n);
      case "uint64" -> new Uint64(n);
      case "uint256" -> new Uint256(n);
      default -> throw new AssertionError("unexpected ABI type " + abiType);
    };
  }
}
