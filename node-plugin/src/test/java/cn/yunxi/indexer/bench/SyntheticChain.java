package cn.yunxi.indexer.bench;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.indexer.index.EventLogs;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.events.YunxiContract;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic but well-formed chain for the 1M-event store: case workflows of three departments,
 * each case opened, investigated, given 80–99 evidence deposits, two custody records and a data
 * request to another department (created, approved, accepted, fulfilled with a stamp, receipt
 * confirmed), then decided, paid and closed — about 100 events a case. 500 cases are open at any
 * time and each event goes to a random one of them, so a case's events are spread over ~1,000
 * blocks as on a real chain; 0–40 events a block (20 on average), a block a minute. Every log is
 * ABI-encoded as the contracts emit it ({@link AbiLogs}) and decoded with the SDK's real {@link
 * EventDecoder}; 1% of deposits reuse the content (SHA-256) of an earlier one. Deterministic.
 */
final class SyntheticChain {
  static final List<Bytes32> DEPARTMENTS =
      List.of(
          Bytes32.fromAscii("JB-ZHXZZF"),
          Bytes32.fromAscii("JB-JJDD"),
          Bytes32.fromAscii("JB-SCJG"));

  private static final int ACTIVE_CASES = 500;
  private static final int MAX_EVENTS_PER_BLOCK = 40;
  private static final Instant GENESIS = Instant.parse("2026-01-05T00:00:00Z");

  private static final AbiLogs.Kind OPENED = AbiLogs.kind(YunxiContract.CASES, "CaseOpened");
  private static final AbiLogs.Kind INVESTIGATION =
      AbiLogs.kind(YunxiContract.CASES, "InvestigationStarted");
  private static final AbiLogs.Kind DECIDED = AbiLogs.kind(YunxiContract.CASES, "CaseDecided");
  private static final AbiLogs.Kind PAID = AbiLogs.kind(YunxiContract.CASES, "PaymentRecorded");
  private static final AbiLogs.Kind CLOSED = AbiLogs.kind(YunxiContract.CASES, "CaseClosed");
  private static final AbiLogs.Kind DEPOSITED =
      AbiLogs.kind(YunxiContract.EVIDENCE, "EvidenceDeposited");
  private static final AbiLogs.Kind CUSTODY =
      AbiLogs.kind(YunxiContract.EVIDENCE, "CustodyRecorded");
  private static final AbiLogs.Kind CREATED =
      AbiLogs.kind(YunxiContract.REQUESTS, "RequestCreated");
  private static final AbiLogs.Kind APPROVED =
      AbiLogs.kind(YunxiContract.REQUESTS, "RequestApproved");
  private static final AbiLogs.Kind ACCEPTED =
      AbiLogs.kind(YunxiContract.REQUESTS, "RequestAccepted");
  private static final AbiLogs.Kind FULFILLED =
      AbiLogs.kind(YunxiContract.REQUESTS, "RequestFulfilled");
  private static final AbiLogs.Kind CONFIRMED =
      AbiLogs.kind(YunxiContract.REQUESTS, "ReceiptConfirmed");

  // Steps of a case's plan.
  private static final byte OPEN = 0;
  private static final byte INVESTIGATE = 1;
  private static final byte DEPOSIT = 2;
  private static final byte CUSTODY_STEP = 3;
  private static final byte REQUEST = 4; // 4..8: created, approved, accepted, fulfilled, confirmed
  private static final byte DECIDE = 9;
  private static final byte PAY = 10;
  private static final byte CLOSE = 11;

  /** A case known to the chain, and the department that owns it. */
  record CaseRef(Bytes32 caseId, Bytes32 department) {}

  /** A deposited item's content hash, and the department of its case. */
  record ItemRef(Bytes32 sha256, Bytes32 department) {}

  private final SplittableRandom random;
  private final AbiLogs logs = new AbiLogs(EventLogs.CONTRACTS);
  private final Address officer;
  private final Address captain;
  private final Address custodian;
  private final CaseRun[] active = new CaseRun[ACTIVE_CASES];
  private final List<CaseRef> cases = new ArrayList<>();
  private final List<ItemRef> items = new ArrayList<>();
  private long itemsSeen;
  private long number;
  private Bytes32 parent = Bytes32.ZERO;
  private long events;

  SyntheticChain(long seed) {
    this.random = new SplittableRandom(seed);
    this.officer = address();
    this.captain = address();
    this.custodian = address();
  }

  /** The cases opened so far. */
  List<CaseRef> cases() {
    return cases;
  }

  /** A uniform sample (reservoir, up to 10,000) of the items deposited so far. */
  List<ItemRef> items() {
    return items;
  }

  long events() {
    return events;
  }

  /** The next block. */
  ChainBlock next() {
    Bytes32 hash = hash();
    Instant time = GENESIS.plusSeconds(60 * number);
    int n = number == 0 ? 0 : random.nextInt(MAX_EVENTS_PER_BLOCK + 1);
    List<ChainEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      RawLog log = nextLog(hash, i, time);
      out.add(
          new ChainEvent(
              log,
              EventLogs.DECODER
                  .decode(log)
                  .orElseThrow(() -> new IllegalStateException("not decodable: " + log))));
    }
    ChainBlock block = new ChainBlock(number, hash, parent, time, out);
    events += n;
    parent = hash;
    number++;
    return block;
  }

  private RawLog nextLog(Bytes32 block, int logIndex, Instant t) {
    int slot = random.nextInt(ACTIVE_CASES);
    CaseRun c = active[slot];
    if (c == null || c.done()) {
      c = new CaseRun();
      active[slot] = c;
      cases.add(new CaseRef(c.caseId, c.department));
    }
    byte step = c.plan[c.next++];
    long ts = t.getEpochSecond();
    Bytes32 tx = hash();
    return switch (step) {
      case OPEN ->
          logs.log(
              OPENED,
              new Object[] {c.caseId, c.department, officer, 101, false, ts},
              number,
              block,
              logIndex,
              tx);
      case INVESTIGATE ->
          logs.log(
              INVESTIGATION, new Object[] {c.caseId, officer, ts}, number, block, logIndex, tx);
      case DEPOSIT -> {
        Bytes32 evidenceId = hash();
        c.lastEvidence = evidenceId;
        Bytes32 sha256 =
            random.nextInt(100) == 0 && !items.isEmpty()
                ? items.get(random.nextInt(items.size())).sha256()
                : hash();
        sample(new ItemRef(sha256, c.department));
        yield logs.log(
            DEPOSITED,
            new Object[] {
              evidenceId,
              c.caseId,
              sha256,
              hash(),
              1 + random.nextInt(6),
              hash(),
              hash(),
              officer,
              ts,
              Bytes32.ZERO
            },
            number,
            block,
            logIndex,
            tx);
      }
      case CUSTODY_STEP ->
          logs.log(
              CUSTODY,
              new Object[] {
                c.lastEvidence == null ? c.caseId : c.lastEvidence,
                c.caseId,
                custodian,
                1 + random.nextInt(4),
                hash(),
                ts
              },
              number,
              block,
              logIndex,
              tx);
      case REQUEST ->
          logs.log(
              CREATED,
              new Object[] {
                c.requestId,
                c.caseId,
                c.target,
                c.department,
                officer,
                BigInteger.valueOf(3),
                hash(),
                ts + 3 * 86_400,
                random.nextLong() >>> 1,
                ts
              },
              number,
              block,
              logIndex,
              tx);
      case REQUEST + 1 ->
          logs.log(APPROVED, new Object[] {c.requestId, captain, ts}, number, block, logIndex, tx);
      case REQUEST + 2 ->
          logs.log(
              ACCEPTED, new Object[] {c.requestId, custodian, ts}, number, block, logIndex, tx);
      case REQUEST + 3 ->
          logs.log(
              FULFILLED,
              new Object[] {
                c.requestId, custodian, hash(), hash(), custodian, ts + 600, new byte[65], ts
              },
              number,
              block,
              logIndex,
              tx);
      case REQUEST + 4 ->
          logs.log(CONFIRMED, new Object[] {c.requestId, officer, ts}, number, block, logIndex, tx);
      case DECIDE ->
          logs.log(
              DECIDED,
              new Object[] {
                c.caseId, captain, hash(), hash(), 50_000L, ts + 15 * 86_400, ts + 60 * 86_400, ts
              },
              number,
              block,
              logIndex,
              tx);
      case PAY ->
          logs.log(PAID, new Object[] {c.caseId, officer, hash(), ts}, number, block, logIndex, tx);
      case CLOSE ->
          logs.log(
              CLOSED,
              new Object[] {c.caseId, captain, 1 + random.nextInt(3), hash(), ts},
              number,
              block,
              logIndex,
              tx);
      default -> throw new IllegalStateException("step " + step);
    };
  }

  private void sample(ItemRef item) {
    itemsSeen++;
    if (items.size() < 10_000) {
      items.add(item);
    } else {
      long j = random.nextLong(itemsSeen);
      if (j < items.size()) {
        items.set((int) j, item);
      }
    }
  }

  private Bytes32 hash() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Bytes32.of(b);
  }

  private Address address() {
    byte[] b = new byte[20];
    random.nextBytes(b);
    return Address.of(b);
  }

  /** One case's planned events, in order, and where it stands. */
  private final class CaseRun {
    final Bytes32 caseId = hash();
    final Bytes32 requestId = hash();
    final Bytes32 department;
    final Bytes32 target;
    final byte[] plan;
    int next;
    Bytes32 lastEvidence;

    CaseRun() {
      int d = random.nextInt(DEPARTMENTS.size());
      department = DEPARTMENTS.get(d);
      target = DEPARTMENTS.get((d + 1 + random.nextInt(DEPARTMENTS.size() - 1)) % 3);
      int deposits = 80 + random.nextInt(20);
      List<Byte> middle = new ArrayList<>();
      for (int i = 0; i < deposits; i++) {
        middle.add(DEPOSIT);
      }
      // Custody and the request's steps at random places among the deposits, the request's in
      // order; the first step after the investigation is always a deposit.
      for (int i = 0; i < 2; i++) {
        middle.add(1 + random.nextInt(middle.size()), CUSTODY_STEP);
      }
      int at = 1 + random.nextInt(middle.size() / 2);
      for (int i = 0; i < 5; i++) {
        at += random.nextInt(8);
        middle.add(Math.min(at, middle.size()), (byte) (REQUEST + i));
        at++;
      }
      plan = new byte[middle.size() + 5];
      plan[0] = OPEN;
      plan[1] = INVESTIGATE;
      for (int i = 0; i < middle.size(); i++) {
        plan[2 + i] = middle.get(i);
      }
      plan[plan.length - 3] = DECIDE;
      plan[plan.length - 2] = PAY;
      plan[plan.length - 1] = CLOSE;
    }

    boolean done() {
      return next == plan.length;
    }
  }
}
