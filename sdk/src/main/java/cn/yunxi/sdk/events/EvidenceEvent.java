package cn.yunxi.sdk.events;

/**
 * An event of the EvidenceRegistry: deposits, batch anchors, custody records, its one-time link.
 */
public sealed interface EvidenceEvent extends YunxiEvent
    permits BatchAnchored, CustodyRecorded, EvidenceDeposited, RequestRegistryLinked {

  @Override
  default YunxiContract contract() {
    return YunxiContract.EVIDENCE;
  }
}
