package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A data request as its events left it, with every transition and its time (created, approved,
 * letter bound, accepted, fulfilled, confirmed; or rejected, cancelled, expired).
 *
 * @param requestId the request
 * @param caseId the case it serves
 * @param targetDepartment the department asked
 * @param requesterDepartment the department asking
 * @param creator the officer who created it
 * @param categories the data categories asked for (a uint256 bit mask)
 * @param queryCommitment commitment to the query
 * @param deadline after this the request can only expire
 * @param salt the request's salt (uint64 in a long)
 * @param status its current status
 * @param letterId the bound introduction letter, or null
 * @param responseHash SHA-256 of the plaintext response once fulfilled, or null
 * @param responseBlobRef where the encrypted response is, or null
 * @param transitions every step, oldest first, starting with {@link RequestStatus#CREATED}
 */
public record RequestState(
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
    List<RequestTransition> transitions) {
  public RequestState {
    transitions = List.copyOf(transitions);
  }

  /** When the request moved to {@code status}, if it did. */
  public Optional<Instant> timeOf(RequestStatus status) {
    return transitions.stream().filter(t -> t.status() == status).map(t -> t.at()).findFirst();
  }
}
