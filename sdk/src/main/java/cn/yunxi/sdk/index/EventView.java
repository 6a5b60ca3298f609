package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Map;

/**
 * One chain event as the API shows it: where it is, and its parameters by their Solidity names.
 * Parameter values are JSON values: 32-byte values, addresses and byte strings as {@code 0x} hex,
 * times as ISO-8601 instants, uint256 values as decimal strings, enums by name, role sets as lists
 * of names, other numbers as numbers.
 *
 * @param type the Solidity event's name, e.g. {@code EvidenceDeposited}
 * @param contract the emitting contract's name, e.g. {@code EvidenceRegistry}
 * @param blockNumber the block
 * @param logIndex the log's index in the block
 * @param blockHash the block's hash
 * @param transactionHash the transaction
 * @param blockTime the block's timestamp
 * @param fields the event's parameters
 */
public record EventView(
    String type,
    String contract,
    long blockNumber,
    int logIndex,
    Bytes32 blockHash,
    Bytes32 transactionHash,
    Instant blockTime,
    Map<String, Object> fields) {
  public EventView {
    // Parameter order is the event's; a null value (e.g. an absent optional) is kept.
    fields = fields == null ? Map.of() : new FieldMap(fields);
  }

  /** A parameter's value as text (hex, ISO-8601, decimal or name), or null if absent. */
  public String field(String name) {
    Object v = fields.get(name);
    return v == null ? null : v.toString();
  }
}
