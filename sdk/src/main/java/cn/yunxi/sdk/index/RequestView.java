package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * A data request as its events left it.
 *
 * @param requestId the request
 * @param caseId the case it serves
 * @param targetDepartment the department asked
 * @param requesterDepartment the department asking
 * @param creator the officer who created it
 * @param categories the data categories asked for (bit mask)
 * @param queryCommitment commitment to the query
 * @param deadline after this it can only expire
 * @param salt the request's salt
 * @param status its status now
 * @param letterId the bound introduction letter, or null
 * @param responseHash SHA-256 of the plaintext response once fulfilled, or null
 * @param responseBlobRef content address of the encrypted response, or null
 * @param transitions every step, oldest first
 */
public record RequestView(
    Bytes32 requestId,
    Bytes32 caseId,
    Bytes32 targetDepartment,
    Bytes32 requesterDepartment,
    Address creator,
    BigInteger categories,
    Bytes32 queryCommitment,
    Instant deadline,
    long salt,
    RequestStatus status,
    Bytes32 letterId,
    Bytes32 responseHash,
    Bytes32 responseBlobRef,
    List<TransitionView> transitions) {
  public RequestView {
    transitions = transitions == null ? List.of() : List.copyOf(transitions);
  }
}
