package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An officer filed a data request; the event carries every value of the {@code Request}, whose ABI
 * encoding hashes to the request id.
 *
 * <p>Solidity ({@link YunxiContract#REQUESTS}): {@code event RequestCreated(bytes32 indexed
 * requestId, bytes32 indexed caseId, bytes32 indexed targetDepartment, bytes32 requesterDepartment,
 * address creator, uint256 categories, bytes32 queryCommitment, uint64 deadline, uint64 salt,
 * uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param requestId keccak-256 of {@code abi.encode(request)}
 * @param caseId the case
 * @param targetDepartment the department asked for data
 * @param requesterDepartment the requesting department
 * @param creator the officer who filed it
 * @param categories bit mask of the data categories asked for (a {@code uint256}; see {@link
 *     cn.yunxi.sdk.model.DataCategory})
 * @param queryCommitment commitment to the query (e.g. a salted hash of a plate number)
 * @param deadline after this moment the request can only expire
 * @param salt distinguishes otherwise identical requests; a {@code uint64} held in a {@code long}
 *     (read it unsigned)
 * @param timestamp when it happened: the block time the contract recorded
 */
public record RequestCreated(
    EventMeta meta,
    Bytes32 requestId,
    Bytes32 caseId,
    Bytes32 targetDepartment,
    Bytes32 requesterDepartment,
    Address creator,
    BigInteger categories,
    Bytes32 queryCommitment,
    Instant deadline,
    long salt,
    Instant timestamp)
    implements RequestEvent {

  public RequestCreated {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(targetDepartment, "targetDepartment");
    Objects.requireNonNull(requesterDepartment, "requesterDepartment");
    Objects.requireNonNull(creator, "creator");
    Checks.uint256(categories, "categories");
    Objects.requireNonNull(queryCommitment, "queryCommitment");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
