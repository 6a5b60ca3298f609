/**
 * Typed domain events of the five Yunxi contracts and the public decoder that turns raw logs into
 * them ({@link cn.yunxi.sdk.events.EventDecoder}); no credentials, no network.
 *
 * <p>One record per Solidity event, named as the event; after {@code meta} (the log's position) its
 * components are the event's parameters, named and ordered as in Solidity. Solidity types map to
 * Java as follows:
 *
 * <ul>
 *   <li>{@code bytes32} → {@link cn.yunxi.sdk.model.Bytes32}; {@code address} → {@link
 *       cn.yunxi.sdk.model.Address}; {@code bool} → {@code boolean}; {@code bytes} → {@code byte[]}
 *       (copied in and out; the records compare it by content).
 *   <li>{@code uint64} times (every {@code timestamp}, {@code depositedAt}, {@code anchoredAt},
 *       deadlines, validity windows, expiries) → {@link java.time.Instant} of those Unix seconds;
 *       zero ("none", e.g. no credential, no fine) is {@link java.time.Instant#EPOCH}. A value past
 *       {@link java.time.Instant#MAX} — possible only for caller-chosen deadlines and credential
 *       expiries, which the contracts do not cap — decodes as {@code Instant.MAX}.
 *   <li>other {@code uint64} ({@code fineFen}, {@code salt}) → {@code long} holding the 64 bits:
 *       read it unsigned ({@link java.lang.Long#toUnsignedString(long)}) should it exceed {@link
 *       java.lang.Long#MAX_VALUE}.
 *   <li>{@code uint32} → {@code long}; {@code uint16} and {@code uint8} → {@code int}; {@code
 *       uint256} (proposal ids, nonces, category masks) → {@link java.math.BigInteger}: category
 *       masks are {@code uint256} on chain and keep every bit, also those the SDK's {@link
 *       cn.yunxi.sdk.model.DataCategory} does not name.
 *   <li>role masks → {@code Set<}{@link cn.yunxi.sdk.model.Role}{@code >} (the contracts refuse
 *       bits the SDK does not name); enums → {@link cn.yunxi.sdk.model.ProposalAction}, {@link
 *       cn.yunxi.sdk.model.CloseResult}, {@link cn.yunxi.sdk.model.CustodyAction} (an unknown value
 *       is an {@link cn.yunxi.sdk.events.EventDecodingException}); the evidence kind stays an
 *       {@code int} code ({@link cn.yunxi.sdk.model.EvidenceKind#ofCode(int)}).
 * </ul>
 *
 * <p>Block time is not in a log. {@link cn.yunxi.sdk.events.YunxiEvent#time()} is the contract's
 * own time field (always the emitting block's time); four events have none and answer empty.
 */
package cn.yunxi.sdk.events;
