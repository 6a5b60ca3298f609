package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.index.CaseState;
import cn.yunxi.indexer.index.EventLogs;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may see a case, decided from its state alone (no read of its timeline). */
class AccessTest {
  private static final Bytes32 OWNER = Bytes32.fromAscii("JB-OWNER");
  private static final Bytes32 OPENER = Bytes32.fromAscii("JB-OPENER");
  private static final Bytes32 HANDED = Bytes32.fromAscii("JB-HANDED");
  private static final Bytes32 PENDING = Bytes32.fromAscii("JB-PENDING");
  private static final Bytes32 FORMER = Bytes32.fromAscii("JB-FORMER");
  private static final Bytes32 STRANGER = Bytes32.fromAscii("JB-STRANGER");

  @TempDir Path dir;
  private RocksIndex index;
  private IndexQueries q;

  @BeforeEach
  void open() {
    index = RocksIndex.open(dir, ref -> Optional.empty());
    q = index.queries(EventLogs.DECODER);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void everyPartyOfACaseSeesItAndNoOneElse() {
    CaseState c = caseOwnedBy(OWNER, List.of(FORMER));
    for (Bytes32 party : List.of(OWNER, OPENER, HANDED, PENDING, FORMER)) {
      assertThat(access(party).maySee(c)).as(party.toAscii()).isTrue();
    }
    assertThat(access(STRANGER).maySee(c)).isFalse();
    assertThat(new Access(q, Caller.auditor("audit")).maySee(c)).isTrue();
  }

  @Test
  void aDepartmentThatNeverOwnedTheCaseIsNoFormerOwner() {
    assertThat(access(FORMER).maySee(caseOwnedBy(OWNER, List.of()))).isFalse();
  }

  private Access access(Bytes32 department) {
    return new Access(q, Caller.department(department.toAscii(), department));
  }

  private static CaseState caseOwnedBy(Bytes32 owner, List<Bytes32> formerOwners) {
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    return new CaseState(
        Bytes32.fromAscii("case"),
        owner,
        OPENER,
        Address.fromHex("0x00000000000000000000000000000000000000aa"),
        101,
        false,
        CaseStatus.INVESTIGATING,
        t,
        t,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(HANDED),
        formerOwners,
        PENDING,
        0,
        0,
        t.plusSeconds(60));
  }
}
