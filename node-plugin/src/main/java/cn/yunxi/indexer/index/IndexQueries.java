package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.indexer.store.Keys;
import cn.yunxi.indexer.store.RocksStore;
import cn.yunxi.indexer.store.StoreReader;
import cn.yunxi.indexer.store.StoreSnapshot;
import cn.yunxi.sdk.events.BatchAnchored;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.EvidenceDeposited;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The read side of the index: what the HTTP API, the auditor console and the tests ask. Every
 * method reads one consistent snapshot, so an answer never mixes two states of the index.
 *
 * <p>Lists are keyset-paginated ({@link PageRequest}, at most {@value PageRequest#MAX_LIMIT} items
 * a page, in the order given per method); a cursor that is malformed or belongs to another list or
 * query is refused with {@link IllegalArgumentException}, as are other invalid arguments. Results
 * are plain records. Events come back decoded (with {@link EventDecoder}) from the raw logs the
 * index stores, with their block's time.
 */
public final class IndexQueries {
  /** The longest range a statistics series may cover. */
  public static final Duration MAX_SERIES_RANGE = Duration.ofDays(366);

  /** The most samples a statistics series reads; more means a range to narrow. */
  public static final int MAX_SERIES_SAMPLES = 1_000_000;

  private static final int STATUS_OFFSET = 32;

  private final RocksStore store;
  private final EventDecoder decoder;

  IndexQueries(RocksStore store, EventDecoder decoder) {
    this.store = store;
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /** Where the index stands and what it has counted. */
  public IndexStatus status() {
    return read(
        r ->
            new IndexStatus(
                MetaKeys.checkpoint(r),
                MetaKeys.counter(r, MetaKeys.BLOCKS),
                MetaKeys.counter(r, MetaKeys.EVENTS),
                MetaKeys.counter(r, MetaKeys.MANIFESTS_MISSING)));
  }

  /** The checkpoint alone. */
  public Checkpoint checkpoint() {
    return read(MetaKeys::checkpoint);
  }

  /** The event at a position, if the index holds one there. */
  public Optional<IndexedEvent> event(long blockNumber, int logIndex) {
    byte[] position = Positions.event(blockNumber, logIndex);
    return read(
        r -> {
          byte[] stored = r.get(IndexColumn.EVENTS, position);
          return stored == null ? Optional.empty() : Optional.of(decoded(position, stored));
        });
  }

  /**
   * Up to {@code limit} events at or after position {@code (blockNumber, logIndex)}, in chain
   * order: for readers that follow the whole index incrementally (the blob gateway's member
   * directory), resuming after the last event they saw.
   */
  public List<IndexedEvent> eventsFrom(long blockNumber, int logIndex, int limit) {
    if (blockNumber < 0 || logIndex < 0) {
      throw new IllegalArgumentException("no position " + blockNumber + ":" + logIndex);
    }
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + PageRequest.MAX_LIMIT + ", was " + limit);
    }
    byte[] start = Positions.event(blockNumber, logIndex);
    return read(
        r -> {
          List<IndexedEvent> events = new ArrayList<>();
          r.scan(
              IndexColumn.EVENTS,
              start,
              Keys.prefixEnd(new byte[0]),
              (key, value) -> {
                events.add(decoded(key, value));
                return events.size() < limit;
              });
          return events;
        });
  }

  // ---------------------------------------------------------------- cases

  /** A case's state. */
  public Optional<CaseState> caseState(Bytes32 caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return read(r -> Optional.ofNullable(caseState(r, caseId)));
  }

  /**
   * Everything that happened to a case, oldest first: its case events, evidence deposited for it,
   * batches holding its items, custody, data requests and letters for it.
   */
  public Page<IndexedEvent> caseTimeline(Bytes32 caseId, PageRequest page) {
    byte[] prefix = KeyWriter.key().bytes32(caseId).build();
    return pageOfPrefix(
        IndexColumn.CASE_TIMELINE,
        prefix,
        page,
        (r, key, value) -> decoded(Positions.eventAt(key, 32), value));
  }

  /**
   * The cases a department owns or was handed off, by opening time (oldest first). A transferred
   * case moves to its new owner's list.
   */
  public Page<CaseState> casesOfDepartment(Bytes32 department, PageRequest page) {
    byte[] prefix = KeyWriter.key().bytes32(department).build();
    return pageOfPrefix(
        IndexColumn.CASES_BY_DEPARTMENT,
        prefix,
        page,
        (r, key, value) -> existing(caseState(r, KeyReader.of(key, 40).bytes32()), key));
  }

  // ---------------------------------------------------------------- evidence

  /** A deposited evidence record by its id. */
  public Optional<EvidenceItem> evidence(Bytes32 evidenceId) {
    Objects.requireNonNull(evidenceId, "evidenceId");
    return read(
        r -> {
          byte[] position = r.get(IndexColumn.EVIDENCE_BY_ID, evidenceId.toByteArray());
          return position == null
              ? Optional.empty()
              : Optional.of(item(r, Positions.item(position, 0), 0));
        });
  }

  /** Items (deposited or batched) with this SHA-256, in chain order. */
  public Page<EvidenceItem> evidenceBySha256(Bytes32 sha256, PageRequest page) {
    return items(IndexColumn.EVIDENCE_BY_SHA256, sha256, page);
  }

  /** Items (deposited or batched) with this SM3, in chain order. */
  public Page<EvidenceItem> evidenceBySm3(Bytes32 sm3, PageRequest page) {
    return items(IndexColumn.EVIDENCE_BY_SM3, sm3, page);
  }

  /** A case's items (deposited or batched), in chain order. */
  public Page<EvidenceItem> evidenceOfCase(Bytes32 caseId, PageRequest page) {
    return items(IndexColumn.EVIDENCE_BY_CASE, caseId, page);
  }

  /** An anchored batch by its root. */
  public Optional<BatchState> batch(Bytes32 root) {
    Objects.requireNonNull(root, "root");
    return read(
        r -> {
          byte[] v = r.get(IndexColumn.BATCHES, root.toByteArray());
          if (v == null) {
            return Optional.empty();
          }
          KeyReader in = KeyReader.of(v);
          byte[] position = in.raw(Positions.EVENT);
          boolean indexed = in.bool();
          BatchAnchored e = (BatchAnchored) event(r, position).event();
          return Optional.of(
              new BatchState(
                  e.root(),
                  e.department(),
                  e.anchorer(),
                  e.itemCount(),
                  e.manifestRef(),
                  e.anchoredAt(),
                  indexed,
                  e.meta().blockNumber(),
                  e.meta().logIndex()));
        });
  }

  /**
   * Custody events (received, accessed, exported, shared) of an evidence item — or of a request,
   * whose receipt confirmation records custody under the request id — oldest first.
   */
  public Page<IndexedEvent> custody(Bytes32 subject, PageRequest page) {
    byte[] prefix = KeyWriter.key().bytes32(subject).build();
    return pageOfPrefix(
        IndexColumn.CUSTODY, prefix, page, (r, key, value) -> event(r, Positions.eventAt(key, 32)));
  }

  // ---------------------------------------------------------------- requests and letters

  /** A data request with its transitions. */
  public Optional<RequestState> request(Bytes32 requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return read(r -> Optional.ofNullable(requestState(r, requestId)));
  }

  /**
   * A department's data requests, as target or requester, by creation time (oldest first).
   *
   * @param status only requests in this status; null for every request
   */
  public Page<RequestState> requests(
      Bytes32 department, RequestSide side, RequestStatus status, PageRequest page) {
    Objects.requireNonNull(side, "side");
    if (status == RequestStatus.NONE) {
      throw new IllegalArgumentException("NONE is not a status a request can have");
    }
    int statusByte = status == null ? RequestProjection.ANY_STATUS : status.ordinal();
    byte[] prefix = KeyWriter.key().bytes32(department).uint8(statusByte).build();
    IndexColumn column =
        side == RequestSide.TARGET
            ? IndexColumn.REQUESTS_BY_TARGET
            : IndexColumn.REQUESTS_BY_REQUESTER;
    return pageOfPrefix(
        column,
        prefix,
        page,
        (r, key, value) ->
            existing(requestState(r, KeyReader.of(key, STATUS_OFFSET + 9).bytes32()), key));
  }

  /** An introduction letter. */
  public Optional<LetterState> letter(Bytes32 letterId) {
    Objects.requireNonNull(letterId, "letterId");
    return read(r -> Optional.ofNullable(letterState(r, letterId)));
  }

  /** The letters issued to a holder, by issue time (oldest first). */
  public Page<LetterState> lettersByHolder(Address holder, PageRequest page) {
    byte[] prefix = KeyWriter.key().address(holder).build();
    return pageOfPrefix(
        IndexColumn.LETTERS_BY_HOLDER,
        prefix,
        page,
        (r, key, value) -> existing(letterState(r, KeyReader.of(key, 28).bytes32()), key));
  }

  /** The letters introducing holders to a department, by issue time (oldest first). */
  public Page<LetterState> lettersByTarget(Bytes32 department, PageRequest page) {
    byte[] prefix = KeyWriter.key().bytes32(department).build();
    return pageOfPrefix(
        IndexColumn.LETTERS_BY_TARGET,
        prefix,
        page,
        (r, key, value) -> existing(letterState(r, KeyReader.of(key, 40).bytes32()), key));
  }

  // ---------------------------------------------------------------- departments

  /**
   * Every event concerning a department whose block time is in {@code [from, to)}, oldest first:
   * its cases (as owner, or as the other side of a hand-off or transfer), evidence in its cases,
   * its batches, requests and letters it is a party to, its consortium membership changes.
   */
  public Page<IndexedEvent> departmentActivity(
      Bytes32 department, Instant from, Instant to, PageRequest page) {
    checkRange(from, to, null);
    byte[] lower = KeyWriter.key().bytes32(department).time(from).build();
    byte[] upper = KeyWriter.key().bytes32(department).time(to).build();
    return page(
        IndexColumn.DEPARTMENT_ACTIVITY,
        lower,
        upper,
        page,
        (r, key, value) -> event(r, Positions.eventAt(key, 40)));
  }

  /**
   * Request turnaround (created → fulfilled) of the requests a department fulfilled (side {@link
   * RequestSide#TARGET}) or had fulfilled (side {@link RequestSide#REQUESTER}), for fulfilments in
   * {@code [from, to)}, per day of {@code zone}.
   *
   * @throws IllegalArgumentException if the range is empty or longer than {@link
   *     #MAX_SERIES_RANGE}, or holds more than {@link #MAX_SERIES_SAMPLES} requests
   */
  public DurationSeries requestTurnaround(
      Bytes32 department, RequestSide side, Instant from, Instant to, ZoneId zone) {
    Objects.requireNonNull(side, "side");
    checkRange(from, to, MAX_SERIES_RANGE);
    byte[] prefix = KeyWriter.key().bytes32(department).ordinal(side).build();
    return series(IndexColumn.REQUEST_TURNAROUND, prefix, department, from, to, zone);
  }

  /**
   * Case cycle time (opened → closed) of the cases a department owned when they closed, for
   * closings in {@code [from, to)}, per day of {@code zone}.
   *
   * @throws IllegalArgumentException as {@link #requestTurnaround}
   */
  public DurationSeries caseCycleTime(Bytes32 department, Instant from, Instant to, ZoneId zone) {
    checkRange(from, to, MAX_SERIES_RANGE);
    byte[] prefix = KeyWriter.key().bytes32(department).build();
    return series(IndexColumn.CASE_CYCLE, prefix, department, from, to, zone);
  }

  // ---------------------------------------------------------------- digest

  /**
   * SHA-256 over every column family's keys and values, in column id and key order (each entry as
   * {@code column:uint8 ‖ keyLength:uint32 ‖ key ‖ valueLength:uint32 ‖ value}). Two indexes of the
   * same blocks — one built straight, one crashed, reopened and resumed — have the same digest.
   */
  public Bytes32 contentDigest() {
    return read(
        r -> {
          MessageDigest sha = sha256();
          for (IndexColumn column : IndexColumn.values()) {
            r.scanAll(
                column,
                (key, value) -> {
                  sha.update((byte) column.id());
                  sha.update(Keys.uint32(key.length));
                  sha.update(key);
                  sha.update(Keys.uint32(value.length));
                  sha.update(value);
                  return true;
                });
          }
          return Bytes32.of(sha.digest());
        });
  }

  // ---------------------------------------------------------------- helpers

  /** Reads one item of a page from its index entry. */
  @FunctionalInterface
  private interface ItemReader<T> {
    T read(StoreReader reader, byte[] key, byte[] value);
  }

  private <T> T read(Function<StoreReader, T> query) {
    try (StoreSnapshot snapshot = store.snapshot()) {
      return query.apply(snapshot);
    }
  }

  private <T> Page<T> pageOfPrefix(
      IndexColumn column, byte[] prefix, PageRequest page, ItemReader<T> reader) {
    return page(column, prefix, Keys.prefixEnd(prefix), page, reader);
  }

  private <T> Page<T> page(
      IndexColumn column, byte[] from, byte[] to, PageRequest page, ItemReader<T> reader) {
    Objects.requireNonNull(page, "page");
    byte[] start =
        page.cursor() == null
            ? from
            : Keys.successor(Cursors.decode(page.cursor(), column, from, to));
    return read(
        r -> {
          List<T> items = new ArrayList<>();
          byte[][] last = new byte[1][];
          boolean[] more = new boolean[1];
          r.scan(
              column,
              start,
              to,
              (key, value) -> {
                if (items.size() == page.limit()) {
                  more[0] = true;
                  return false;
                }
                items.add(reader.read(r, key, value));
                last[0] = key;
                return true;
              });
          return new Page<>(items, more[0] ? Cursors.encode(column, last[0]) : null);
        });
  }

  private Page<EvidenceItem> items(IndexColumn column, Bytes32 hashOrCase, PageRequest page) {
    byte[] prefix = KeyWriter.key().bytes32(hashOrCase).build();
    return pageOfPrefix(
        column,
        prefix,
        page,
        (r, key, value) -> item(r, Arrays.copyOfRange(key, 32, 48), Positions.leaf(key, 32)));
  }

  /** The evidence item at a 16-byte item position: a deposit or a batch leaf. */
  private EvidenceItem item(StoreReader r, byte[] item, int leafIndex) {
    IndexedEvent indexed = event(r, Arrays.copyOf(item, Positions.EVENT));
    YunxiEvent event = indexed.event();
    var meta = event.meta();
    if (event instanceof EvidenceDeposited e) {
      return new EvidenceItem(
          EvidenceItem.Source.DEPOSIT,
          e.evidenceId(),
          e.caseId(),
          e.contentSha256(),
          e.contentSm3(),
          e.kind(),
          e.blobRef(),
          e.metadataHash(),
          e.depositor(),
          null,
          e.depositedAt(),
          e.supersedes().isZero() ? null : e.supersedes(),
          null,
          null,
          meta.blockNumber(),
          meta.logIndex(),
          meta.transactionHash());
    }
    if (event instanceof BatchAnchored e) {
      byte[] stored = r.get(IndexColumn.BATCH_LEAVES, item);
      if (stored == null) {
        throw new IllegalStateException("no batch leaf at " + meta.position() + " #" + leafIndex);
      }
      BatchLeaf leaf = StateCodec.decodeLeaf(stored);
      return new EvidenceItem(
          EvidenceItem.Source.BATCH,
          null,
          leaf.caseId(),
          leaf.contentSha256(),
          leaf.contentSm3(),
          leaf.kind(),
          leaf.blobRef(),
          leaf.metadataHash(),
          e.anchorer(),
          e.department(),
          e.anchoredAt(),
          null,
          e.root(),
          leafIndex,
          meta.blockNumber(),
          meta.logIndex(),
          meta.transactionHash());
    }
    throw new IllegalStateException("an evidence index points to " + event.name());
  }

  /** The stored event at a 12-byte position, decoded, with its block time. */
  private IndexedEvent event(StoreReader r, byte[] position) {
    byte[] stored = r.get(IndexColumn.EVENTS, position);
    if (stored == null) {
      throw new IllegalStateException(
          "an index points to a missing event: "
              + Positions.block(position, 0)
              + ":"
              + Positions.logIndex(position, 0));
    }
    return decoded(position, stored);
  }

  /** An event from its position and its stored form ({@link LogCodec}). */
  private IndexedEvent decoded(byte[] position, byte[] stored) {
    LogCodec.StoredLog s =
        LogCodec.decode(stored, Positions.block(position, 0), Positions.logIndex(position, 0));
    YunxiEvent event =
        decoder
            .decode(s.log())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the stored log at "
                            + s.log().meta().position()
                            + " is not an event of the decoder's contracts"));
    return new IndexedEvent(event, s.blockTime());
  }

  private static CaseState caseState(StoreReader r, Bytes32 caseId) {
    byte[] v = r.get(IndexColumn.CASES, caseId.toByteArray());
    return v == null ? null : CaseDraft.decode(v).toState();
  }

  private static RequestState requestState(StoreReader r, Bytes32 requestId) {
    byte[] v = r.get(IndexColumn.REQUESTS, requestId.toByteArray());
    return v == null ? null : RequestDraft.decode(v).toState();
  }

  private static LetterState letterState(StoreReader r, Bytes32 letterId) {
    byte[] v = r.get(IndexColumn.LETTERS, letterId.toByteArray());
    return v == null ? null : StateCodec.decodeLetter(v);
  }

  private static <T> T existing(T value, byte[] key) {
    if (value == null) {
      throw new IllegalStateException(
          "an index entry points to nothing: " + HexFormat.of().formatHex(key));
    }
    return value;
  }

  private DurationSeries series(
      IndexColumn column,
      byte[] prefix,
      Bytes32 department,
      Instant from,
      Instant to,
      ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    byte[] lower = KeyWriter.key().raw(prefix).time(from).build();
    byte[] upper = KeyWriter.key().raw(prefix).time(to).build();
    return read(
        r -> {
          DurationStatistics stats = new DurationStatistics(zone);
          int[] samples = new int[1];
          r.scan(
              column,
              lower,
              upper,
              (key, value) -> {
                if (++samples[0] > MAX_SERIES_SAMPLES) {
                  throw new IllegalArgumentException(
                      "more than " + MAX_SERIES_SAMPLES + " samples in the range: narrow it");
                }
                Instant end = KeyReader.of(key, prefix.length).time();
                stats.add(end, KeyReader.of(value).int64());
                return true;
              });
          return new DurationSeries(department, from, to, zone, stats.buckets());
        });
  }

  private static void checkRange(Instant from, Instant to, Duration max) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from " + from + " is not before to " + to);
    }
    if (max != null && Duration.between(from, to).compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "range from " + from + " to " + to + " is longer than " + max.toDays() + " days");
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
