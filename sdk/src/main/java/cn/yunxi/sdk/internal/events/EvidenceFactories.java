package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.BatchAnchored;
import cn.yunxi.sdk.events.CustodyRecorded;
import cn.yunxi.sdk.events.EvidenceDeposited;
import cn.yunxi.sdk.events.RequestRegistryLinked;
import cn.yunxi.sdk.model.CustodyAction;

/**
 * How each event of the EvidenceRegistry becomes its record: parameters read by their Solidity
 * names.
 */
final class EvidenceFactories {
  private EvidenceFactories() {}

  static void addTo(EventFactories.Builder b) {
    b.add(
        EvidenceDeposited.class,
        (m, v) ->
            new EvidenceDeposited(
                m,
                v.bytes32("evidenceId"),
                v.bytes32("caseId"),
                v.bytes32("contentSha256"),
                v.bytes32("contentSm3"),
                v.uint8("kind"),
                v.bytes32("blobRef"),
                v.bytes32("metadataHash"),
                v.address("depositor"),
                v.time("depositedAt"),
                v.bytes32("supersedes")));
    b.add(
        BatchAnchored.class,
        (m, v) ->
            new BatchAnchored(
                m,
                v.bytes32("root"),
                v.bytes32("department"),
                v.address("anchorer"),
                v.uint32("itemCount"),
                v.bytes32("manifestRef"),
                v.bytes32("metadataHash"),
                v.time("anchoredAt")));
    b.add(
        CustodyRecorded.class,
        (m, v) ->
            new CustodyRecorded(
                m,
                v.bytes32("subject"),
                v.bytes32("caseId"),
                v.address("actor"),
                CustodyAction.ofCode(v.uint8("action")),
                v.bytes32("ref"),
                v.time("timestamp")));
    b.add(
        RequestRegistryLinked.class,
        (m, v) -> new RequestRegistryLinked(m, v.address("requestRegistry")));
  }
}
