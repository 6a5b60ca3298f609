package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;

/**
 * A case's penalty decision (处罚决定), from {@code CaseDecided}.
 *
 * @param decisionHash hash of the signed decision document
 * @param provisionsHash hash of the legal provisions applied (法律依据)
 * @param fineFen the fine in fen; a uint64 held in a long (read it unsigned)
 * @param paymentDue when the fine is due, {@link Instant#EPOCH} without a fine
 * @param reviewDeadline end of the review / litigation period
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record CaseDecision(
    Bytes32 decisionHash,
    Bytes32 provisionsHash,
    long fineFen,
    Instant paymentDue,
    Instant reviewDeadline,
    Address decidedBy,
    Instant decidedAt) {}
