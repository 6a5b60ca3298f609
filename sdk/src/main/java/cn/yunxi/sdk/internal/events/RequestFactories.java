package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.LetterBound;
import cn.yunxi.sdk.events.ReceiptConfirmed;
import cn.yunxi.sdk.events.RequestAccepted;
import cn.yunxi.sdk.events.RequestApproved;
import cn.yunxi.sdk.events.RequestCancelled;
import cn.yunxi.sdk.events.RequestCreated;
import cn.yunxi.sdk.events.RequestExpired;
import cn.yunxi.sdk.events.RequestFulfilled;
import cn.yunxi.sdk.events.RequestRejected;

/**
 * How each event of the DataRequestRegistry becomes its record: parameters read by their Solidity
 * names.
 */
final class RequestFactories {
  private RequestFactories() {}

  static void addTo(EventFactories.Builder b) {
    b.add(
        RequestCreated.class,
        (m, v) ->
            new RequestCreated(
                m,
                v.bytes32("requestId"),
                v.bytes32("caseId"),
                v.bytes32("targetDepartment"),
                v.bytes32("requesterDepartment"),
                v.address("creator"),
                v.uint256("categories"),
                v.bytes32("queryCommitment"),
                v.time("deadline"),
                v.uint64("salt"),
                v.time("timestamp")));
    b.add(
        RequestApproved.class,
        (m, v) ->
            new RequestApproved(
                m, v.bytes32("requestId"), v.address("approver"), v.time("timestamp")));
    b.add(
        LetterBound.class,
        (m, v) ->
            new LetterBound(
                m,
                v.bytes32("requestId"),
                v.bytes32("letterId"),
                v.address("by"),
                v.time("timestamp")));
    b.add(
        RequestAccepted.class,
        (m, v) ->
            new RequestAccepted(
                m, v.bytes32("requestId"), v.address("custodian"), v.time("timestamp")));
    b.add(
        RequestRejected.class,
        (m, v) ->
            new RequestRejected(
                m,
                v.bytes32("requestId"),
                v.address("custodian"),
                v.bytes32("reasonHash"),
                v.time("timestamp")));
    b.add(
        RequestFulfilled.class,
        (m, v) ->
            new RequestFulfilled(
                m,
                v.bytes32("requestId"),
                v.address("custodian"),
                v.bytes32("responseHash"),
                v.bytes32("blobRef"),
                v.address("seal"),
                v.time("stampDeadline"),
                v.bytes("stamp"),
                v.time("timestamp")));
    b.add(
        ReceiptConfirmed.class,
        (m, v) ->
            new ReceiptConfirmed(m, v.bytes32("requestId"), v.address("by"), v.time("timestamp")));
    b.add(
        RequestCancelled.class,
        (m, v) ->
            new RequestCancelled(m, v.bytes32("requestId"), v.address("by"), v.time("timestamp")));
    b.add(
        RequestExpired.class,
        (m, v) ->
            new RequestExpired(m, v.bytes32("requestId"), v.address("by"), v.time("timestamp")));
  }
}
