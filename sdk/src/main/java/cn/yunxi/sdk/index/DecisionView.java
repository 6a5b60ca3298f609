package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;

/**
 * A case's penalty decision (处罚决定).
 *
 * @param decisionHash hash of the signed decision document
 * @param provisionsHash hash of the legal provisions applied
 * @param fineFen the fine in fen (an unsigned 64-bit value)
 * @param paymentDue when the fine is due ({@link Instant#EPOCH} without a fine)
 * @param reviewDeadline end of the review / litigation period
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record DecisionView(
    Bytes32 decisionHash,
    Bytes32 provisionsHash,
    long fineFen,
    Instant paymentDue,
    Instant reviewDeadline,
    Address decidedBy,
    Instant decidedAt) {}
