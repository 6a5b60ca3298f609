package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.RequestStatus;
import java.time.Instant;

/**
 * One step of a data request.
 *
 * @param status the status the request moved to
 * @param at the time the contract recorded
 * @param by who made the step
 * @param blockNumber the block of the event
 * @param logIndex the event's log index in the block
 */
public record RequestTransition(
    RequestStatus status, Instant at, Address by, long blockNumber, int logIndex) {}
