package cn.yunxi.sdk.events;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.internal.events.AbiCatalog;
import cn.yunxi.sdk.internal.events.AbiEvent;
import cn.yunxi.sdk.internal.events.AbiParam;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Builds logs the way Solidity emits them (topics and ABI-encoded data), from the contracts' ABI
 * files and web3j's encoder — so unit tests can feed the decoder every event without a chain.
 */
final class SyntheticLogs {
  static final ContractAddresses CONTRACTS =
      ContractAddresses.fromHex(
          "0x1000000000000000000000000000000000000001",
          "0x2000000000000000000000000000000000000002",
          "0x3000000000000000000000000000000000000003",
          "0x4000000000000000000000000000000000000004",
          "0x5000000000000000000000000000000000000005");

  private SyntheticLogs() {}

  static AbiEvent abi(YunxiContract contract, String name) {
    return AbiCatalog.events(contract).stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(contract + " has no event " + name));
  }

  /** A mined log of {@code event} at a fixed position, emitted by {@code emitter}. */
  static RawLog log(Address emitter, AbiEvent event, Map<String, Type<?>> values) {
    return log(emitter, event, values, false);
  }

  static RawLog log(Address emitter, AbiEvent event, Map<String, Type<?>> values, boolean removed) {
    List<Bytes32> topics = new ArrayList<>(List.of(event.topic0()));
    List<Type> data = new ArrayList<>();
    for (AbiParam p : event.params()) {
      Type<?> value = values.get(p.name());
      if (value == null) {
        throw new AssertionError("no value for " + event.name() + "." + p.name());
      }
      if (p.indexed()) {
        topics.add(Bytes32.fromHex(TypeEncoder.encode(value)));
      } else {
        data.add(value);
      }
    }
    return rawLog(
        emitter,
        topics,
        Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(data)),
        removed);
  }

  static RawLog rawLog(Address emitter, List<Bytes32> topics, byte[] data, boolean removed) {
    return new RawLog(
        emitter,
        topics,
        data,
        4_711,
        Bytes32.fromHex("0x" + "b1".repeat(32)),
        Bytes32.fromHex("0x" + "7e".repeat(32)),
        2,
        9,
        removed);
  }

  static Bytes32 random32(Random random) {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Bytes32.of(b);
  }

  static Address randomAddress(Random random) {
    byte[] b = new byte[20];
    random.nextBytes(b);
    return Address.of(b);
  }

  static org.web3j.abi.datatypes.generated.Bytes32 word(Bytes32 value) {
    return new org.web3j.abi.datatypes.generated.Bytes32(value.toByteArray());
  }

  static org.web3j.abi.datatypes.Address word(Address value) {
    return new org.web3j.abi.datatypes.Address(value.toHex());
  }

  /** The web3j value of an unsigned integer for the ABI type {@code uintN}. */
  static Type<?> uint(String abiType, BigInteger value) {
    return switch (abiType) {
      case "uint8" -> new Uint8(value);
      case "uint16" -> new Uint16(value);
      case "uint32" -> new Uint32(value);
      case "uint64" -> new Uint64(value);
      case "uint256" -> new Uint256(value);
      default -> throw new AssertionError("not a uint type: " + abiType);
    };
  }

  static Bool bool(boolean value) {
    return new Bool(value);
  }

  static DynamicBytes bytes(byte[] value) {
    return new DynamicBytes(value);
  }
}
