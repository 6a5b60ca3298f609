package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/**
 * One kind of event the decoder knows: which contract emits it, its Solidity name and canonical
 * signature, the signature's keccak-256 (the log's topic 0, what {@code eth_getLogs} filters on)
 * and the record it decodes into.
 *
 * @param contract the emitting contract
 * @param name the event's name, e.g. {@code EvidenceDeposited}
 * @param signature the canonical signature, e.g. {@code
 *     LetterRevoked(bytes32,address,bytes32,uint64)}
 * @param topic0 keccak-256 of the signature
 * @param recordType the record the event decodes into
 */
public record EventType(
    YunxiContract contract,
    String name,
    String signature,
    Bytes32 topic0,
    Class<? extends YunxiEvent> recordType) {

  public EventType {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(topic0, "topic0");
    Objects.requireNonNull(recordType, "recordType");
  }
}
