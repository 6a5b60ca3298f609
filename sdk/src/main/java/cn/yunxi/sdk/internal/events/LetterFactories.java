package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.LetterIssued;
import cn.yunxi.sdk.events.LetterRevoked;

/**
 * How each event of the LetterRegistry becomes its record: parameters read by their Solidity names.
 */
final class LetterFactories {
  private LetterFactories() {}

  static void addTo(EventFactories.Builder b) {
    b.add(
        LetterIssued.class,
        (m, v) ->
            new LetterIssued(
                m,
                v.bytes32("letterId"),
                v.bytes32("caseId"),
                v.address("holder"),
                v.bytes32("issuerDepartment"),
                v.address("issuer"),
                v.bytes32("targetDepartment"),
                v.bytes32("requestId"),
                v.uint256("categories"),
                v.bytes32("purposeHash"),
                v.time("validFrom"),
                v.time("validUntil"),
                v.uint256("nonce"),
                v.time("timestamp")));
    b.add(
        LetterRevoked.class,
        (m, v) ->
            new LetterRevoked(
                m,
                v.bytes32("letterId"),
                v.address("by"),
                v.bytes32("reasonHash"),
                v.time("timestamp")));
  }
}
