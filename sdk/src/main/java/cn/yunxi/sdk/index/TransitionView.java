package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.RequestStatus;
import java.time.Instant;

/**
 * One step of a data request.
 *
 * @param status the status it moved to
 * @param at when, as the contract recorded it
 * @param by who made the step
 * @param blockNumber the event's block
 * @param logIndex the event's log index
 */
public record TransitionView(
    RequestStatus status, Instant at, Address by, long blockNumber, int logIndex) {}
