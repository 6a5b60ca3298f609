package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A data request's state while a block's events change it, and its stored form in {@link
 * IndexColumn#REQUESTS}; {@link #toState()} is what queries answer. Fields follow {@link
 * RequestState}.
 */
final class RequestDraft {
  private static final int VERSION = 1;

  Bytes32 requestId;
  Bytes32 caseId;
  Bytes32 targetDepartment;
  Bytes32 requesterDepartment;
  Address creator;
  BigInteger categories;
  Bytes32 queryCommitment;
  Instant deadline;
  long salt;
  RequestStatus status;
  Bytes32 letterId;
  Bytes32 responseHash;
  Bytes32 responseBlobRef;
  List<RequestTransition> transitions = new ArrayList<>();

  RequestState toState() {
    return new RequestState(
        requestId,
        caseId,
        targetDepartment,
        requesterDepartment,
        creator,
        categories,
        queryCommitment,
        deadline,
        salt,
        status,
        letterId,
        responseHash,
        responseBlobRef,
        transitions);
  }

  /** When the request was created: its first transition. */
  Instant createdAt() {
    return transitions.get(0).at();
  }

  byte[] encode() {
    KeyWriter out =
        KeyWriter.key()
            .uint8(VERSION)
            .bytes32(requestId)
            .bytes32(caseId)
            .bytes32(targetDepartment)
            .bytes32(requesterDepartment)
            .address(creator)
            .uint256(categories)
            .bytes32(queryCommitment)
            .time(deadline)
            .uint64(salt)
            .ordinal(status)
            .optionalBytes32(letterId)
            .optionalBytes32(responseHash)
            .optionalBytes32(responseBlobRef)
            .uint32(transitions.size());
    for (RequestTransition t : transitions) {
      out.ordinal(t.status())
          .time(t.at())
          .address(t.by())
          .uint64(t.blockNumber())
          .uint32(t.logIndex());
    }
    return out.build();
  }

  static RequestDraft decode(byte[] encoded) {
    KeyReader in = KeyReader.of(encoded);
    int version = in.uint8();
    if (version != VERSION) {
      throw new IllegalStateException("stored request has unknown version " + version);
    }
    RequestDraft r = new RequestDraft();
    r.requestId = in.bytes32();
    r.caseId = in.bytes32();
    r.targetDepartment = in.bytes32();
    r.requesterDepartment = in.bytes32();
    r.creator = in.address();
    r.categories = in.uint256();
    r.queryCommitment = in.bytes32();
    r.deadline = in.time();
    r.salt = in.uint64();
    r.status = in.ordinal(RequestStatus.class);
    r.letterId = in.optionalBytes32();
    r.responseHash = in.optionalBytes32();
    r.responseBlobRef = in.optionalBytes32();
    long count = in.uint32();
    for (long i = 0; i < count; i++) {
      r.transitions.add(
          new RequestTransition(
              in.ordinal(RequestStatus.class),
              in.time(),
              in.address(),
              in.uint64(),
              (int) in.uint32()));
    }
    in.end();
    return r;
  }
}
