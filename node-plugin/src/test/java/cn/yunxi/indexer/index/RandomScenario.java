package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.sdk.blob.BatchManifest;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.CustodyAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random event sequences over a small world — three departments, the cases, evidence, requests and
 * letters created so far — deterministic for a seed. Not every sequence is one the contracts would
 * allow (transitions come in any order, some ids are unknown): the index must take any sequence of
 * valid events, and undo any of them exactly. Batches come with a valid manifest, none, a blob that
 * is not the manifest its reference names, or a manifest of other leaves.
 */
final class RandomScenario {
  static final List<Bytes32> DEPARTMENTS =
      List.of(Ev.dept("JB-ZHXZZF"), Ev.dept("JB-JJDD"), Ev.dept("JB-SCJG"));

  private Random random;
  private final TestChain chain;
  private final Map<Bytes32, byte[]> manifests = new HashMap<>();
  private final List<Bytes32> cases = new ArrayList<>();
  private final List<Bytes32> evidence = new ArrayList<>();
  private final List<Bytes32> requests = new ArrayList<>();
  private final List<Bytes32> letters = new ArrayList<>();
  private int serial;

  RandomScenario(long seed, String fork) {
    this.random = new Random(seed);
    this.chain = new TestChain(fork);
  }

  /**
   * From now on, draws from another seed and builds blocks of fork {@code fork}: a scenario made
   * with the same seed as another, diverged after n blocks, shares exactly those n blocks with it.
   */
  void diverge(String fork, long seed) {
    chain.switchFork(fork);
    random = new Random(seed);
  }

  /** The manifests of the batches so far, as a source the index reads. */
  ManifestSource manifestSource() {
    return ref -> Optional.ofNullable(manifests.get(ref)).map(byte[]::clone);
  }

  TestChain chain() {
    return chain;
  }

  /** Builds {@code count} more blocks of 0..maxEvents events each. */
  List<ChainBlock> blocks(int count, int maxEvents) {
    List<ChainBlock> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(nextBlock(maxEvents));
    }
    return out;
  }

  ChainBlock nextBlock(int maxEvents) {
    Instant t = chain.nextTime();
    int n = random.nextInt(maxEvents + 1);
    List<YunxiEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(nextEvent(t));
    }
    return chain.add(events);
  }

  private YunxiEvent nextEvent(Instant t) {
    int kind = random.nextInt(10);
    if (cases.isEmpty() || kind == 0) {
      Bytes32 caseId = Ev.id("case-" + serial++);
      cases.add(caseId);
      return Ev.opened(caseId, department(), t);
    }
    return switch (kind) {
      case 1 -> caseEvent(pick(cases), t);
      case 2 -> deposit(t);
      case 3 -> batch(t);
      case 4 ->
          Ev.custody(
              random.nextBoolean() || requests.isEmpty() ? someEvidence() : pick(requests),
              pick(cases),
              CustodyAction.values()[1 + random.nextInt(4)],
              t);
      case 5 -> {
        Bytes32 id = Ev.id("request-" + serial++);
        requests.add(id);
        yield Ev.requestCreated(id, pick(cases), department(), department(), t);
      }
      case 6 -> requests.isEmpty() ? caseEvent(pick(cases), t) : requestEvent(pick(requests), t);
      case 7 -> {
        Bytes32 id = Ev.id("letter-" + serial++);
        letters.add(id);
        yield Ev.letterIssued(
            id,
            pick(cases),
            Ev.person("holder-" + random.nextInt(3)),
            department(),
            department(),
            requests.isEmpty() ? Bytes32.ZERO : pick(requests),
            t);
      }
      case 8 -> letters.isEmpty() ? deposit(t) : Ev.letterRevoked(pick(letters), t);
      default ->
          random.nextBoolean()
              ? Ev.departmentRegistered(department(), t)
              : Ev.memberSet(Ev.person("member-" + random.nextInt(5)), department(), t);
    };
  }

  private YunxiEvent caseEvent(Bytes32 caseId, Instant t) {
    return switch (random.nextInt(11)) {
      case 0 -> Ev.investigating(caseId, t);
      case 1 -> Ev.decided(caseId, random.nextInt(3) * 10_000L, t);
      case 2 -> Ev.paid(caseId, t);
      case 3 -> Ev.referred(caseId, t);
      case 4 -> Ev.reminder(caseId, t);
      case 5 -> Ev.notice(caseId, t);
      case 6 -> Ev.closed(caseId, CloseResult.values()[1 + random.nextInt(3)], t);
      case 7 -> Ev.handedOff(caseId, department(), department(), t);
      case 8 -> Ev.transferProposed(caseId, department(), department(), t);
      case 9 -> Ev.transferCancelled(caseId, department(), t);
      default -> Ev.transferred(caseId, department(), department(), t);
    };
  }

  private YunxiEvent requestEvent(Bytes32 requestId, Instant t) {
    return switch (random.nextInt(8)) {
      case 0 -> Ev.approved(requestId, t);
      case 1 -> Ev.letterBound(requestId, letters.isEmpty() ? Ev.id("x") : pick(letters), t);
      case 2 -> Ev.accepted(requestId, t);
      case 3 -> Ev.rejected(requestId, t);
      case 4 -> Ev.fulfilled(requestId, t);
      case 5 -> Ev.confirmed(requestId, t);
      case 6 -> Ev.cancelled(requestId, t);
      default -> Ev.expired(requestId, t);
    };
  }

  private YunxiEvent deposit(Instant t) {
    Bytes32 id = Ev.id("evidence-" + serial++);
    evidence.add(id);
    // A small pool of contents, so that equal hashes in several cases and batches occur.
    int content = random.nextInt(6);
    return Ev.deposited(id, pick(cases), Ev.id("sha:" + content), Ev.id("sm3:" + content), t);
  }

  private YunxiEvent batch(Instant t) {
    List<BatchLeaf> leaves = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      int content = random.nextInt(6);
      leaves.add(
          new BatchLeaf(
              pick(cases),
              Ev.id("sha:" + content),
              Ev.id("sm3:" + content),
              random.nextInt(8),
              Ev.id("blob:" + serial + ":" + i),
              Ev.id("meta:" + serial + ":" + i)));
    }
    serial++;
    BatchManifest manifest = BatchManifest.of(leaves);
    byte[] blob = manifest.encode();
    Bytes32 ref = sha256(blob);
    switch (random.nextInt(4)) {
      case 0, 1 -> manifests.put(ref, blob);
      case 2 -> manifests.put(ref, "not the manifest".getBytes(StandardCharsets.UTF_8));
      default -> {
        // A genuine manifest, stored under its own reference, of other leaves than the anchor's.
        BatchManifest other = BatchManifest.of(leaves.subList(0, 1));
        if (n > 1) {
          ref = sha256(other.encode());
          manifests.put(ref, other.encode());
        }
      }
    }
    return Ev.anchored(manifest.root(), department(), n, ref, t);
  }

  private Bytes32 someEvidence() {
    return evidence.isEmpty() ? Ev.id("unknown evidence") : pick(evidence);
  }

  private Bytes32 department() {
    return DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  static Bytes32 sha256(byte[] content) {
    try {
      return Bytes32.of(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
