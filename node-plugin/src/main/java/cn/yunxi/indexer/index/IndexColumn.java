package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.ColumnSpec;
import java.util.Arrays;
import java.util.Optional;

/**
 * The index's column families and their key layouts. Ids are stable (they are written into undo
 * records and page cursors): append new columns, never renumber. Notation: {@code pos} is an
 * event's position {@code block:uint64 ‖ logIndex:uint32} (12 bytes), {@code item} an evidence
 * item's {@code pos ‖ leaf:uint32} (16 bytes; leaf 0 for a direct deposit), {@code time} an epoch
 * second as order-preserving int64. Index entries have empty values unless said otherwise: they
 * point to the state or event they name, which is stored once — except case timelines, which hold
 * their events (they are read far more often than they are written).
 */
public enum IndexColumn implements ColumnSpec {
  /** ASCII names → checkpoint, counters, schema version. */
  META(1, "meta", -1),
  /** {@code block:uint64} → hash, parent hash, time, event count. */
  BLOCKS(2, "blocks", 8),
  /** {@code block:uint64} → the block's {@link cn.yunxi.indexer.store.UndoLog} (last N blocks). */
  UNDO(3, "undo", 8),
  /** {@code pos} → the raw log with its block's hash and time, compactly ({@link LogCodec}). */
  EVENTS(4, "events", 12),
  /** {@code caseId:32} → {@link CaseState}. */
  CASES(5, "cases", 32),
  /** {@code caseId:32 ‖ pos} → a copy of the event's {@link #EVENTS} value: a case's events. */
  CASE_TIMELINE(6, "case_timeline", 44),
  /** {@code department:32 ‖ openedAt:time ‖ caseId:32}: cases a department owns or was handed. */
  CASES_BY_DEPARTMENT(7, "cases_by_department", 72),
  /** {@code sha256:32 ‖ item}. */
  EVIDENCE_BY_SHA256(8, "evidence_by_sha256", 48),
  /** {@code sm3:32 ‖ item}. */
  EVIDENCE_BY_SM3(9, "evidence_by_sm3", 48),
  /** {@code caseId:32 ‖ item}. */
  EVIDENCE_BY_CASE(10, "evidence_by_case", 48),
  /** {@code evidenceId:32} → {@code pos} of its deposit. */
  EVIDENCE_BY_ID(11, "evidence_by_id", 32),
  /** {@code item} → the batch leaf read from the manifest (the only payload not in a log). */
  BATCH_LEAVES(12, "batch_leaves", 16),
  /** {@code root:32} → {@code pos} of the anchor, whether its manifest was indexed. */
  BATCHES(13, "batches", 32),
  /** {@code requestId:32} → {@link RequestState}. */
  REQUESTS(14, "requests", 32),
  /**
   * {@code target:32 ‖ status:uint8 ‖ createdAt:time ‖ requestId:32}; status 0 (never a real one)
   * lists every request whatever its status.
   */
  REQUESTS_BY_TARGET(15, "requests_by_target", 73),
  /** As {@link #REQUESTS_BY_TARGET}, by the requesting department. */
  REQUESTS_BY_REQUESTER(16, "requests_by_requester", 73),
  /** {@code letterId:32} → {@link LetterState}. */
  LETTERS(17, "letters", 32),
  /** {@code holder:20 ‖ issuedAt:time ‖ letterId:32}. */
  LETTERS_BY_HOLDER(18, "letters_by_holder", 60),
  /** {@code targetDepartment:32 ‖ issuedAt:time ‖ letterId:32}. */
  LETTERS_BY_TARGET(19, "letters_by_target", 72),
  /** {@code subject:32 ‖ pos}: custody events of an evidence item (or a request). */
  CUSTODY(20, "custody", 44),
  /** {@code department:32 ‖ blockTime:time ‖ pos}: every event concerning a department. */
  DEPARTMENT_ACTIVITY(21, "department_activity", 52),
  /**
   * {@code department:32 ‖ side:uint8 ‖ fulfilledAt:time ‖ requestId:32} → created→fulfilled
   * seconds (int64); side 0 target, 1 requester.
   */
  REQUEST_TURNAROUND(22, "request_turnaround", 73),
  /** {@code owner:32 ‖ closedAt:time ‖ caseId:32} → opened→closed seconds (int64). */
  CASE_CYCLE(23, "case_cycle", 72);

  private final int id;
  private final String columnName;
  private final int keyLength;

  IndexColumn(int id, String columnName, int keyLength) {
    this.id = id;
    this.columnName = columnName;
    this.keyLength = keyLength;
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public String columnName() {
    return columnName;
  }

  /** The fixed key length, or -1 for {@link #META}'s names. */
  public int keyLength() {
    return keyLength;
  }

  /** The column with this id. */
  public static Optional<IndexColumn> byId(int id) {
    return Arrays.stream(values()).filter(c -> c.id == id).findFirst();
  }
}
