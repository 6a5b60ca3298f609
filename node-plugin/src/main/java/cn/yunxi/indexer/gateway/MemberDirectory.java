package cn.yunxi.indexer.gateway;

import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.IndexedEvent;
import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.sdk.events.DepartmentReactivated;
import cn.yunxi.sdk.events.DepartmentRegistered;
import cn.yunxi.sdk.events.DepartmentSuspended;
import cn.yunxi.sdk.events.MemberRemoved;
import cn.yunxi.sdk.events.MemberSet;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Consortium membership as the indexed events say — who is a member of which department with which
 * roles, and which departments are active — for the gateway to check a signer without asking the
 * node. Built in memory from the index's stored events ({@code DepartmentRegistered}, {@code
 * DepartmentSuspended}, {@code DepartmentReactivated}, {@code MemberSet}, {@code MemberRemoved}),
 * and brought up to date before every lookup by reading only the events indexed since. Should the
 * index have rolled back past the last event read (a reorganisation), it is rebuilt from the start.
 *
 * <p>Roles are the effective ones, as the contract computes them: none while the department is
 * suspended; OFFICER and CAPTAIN only with an unexpired credential (by this clock). Thread-safe.
 */
public final class MemberDirectory {
  private static final int BATCH = PageRequest.MAX_LIMIT;
  private static final Set<Role> CREDENTIALED = EnumSet.of(Role.OFFICER, Role.CAPTAIN);

  private final IndexQueries q;
  private final Clock clock;
  private final Map<Address, Stored> members = new HashMap<>();
  private final Map<Bytes32, Boolean> departmentActive = new HashMap<>();

  /** The last event applied: its position and block hash, or null before the first. */
  private IndexedEvent last;

  public MemberDirectory(IndexQueries q, Clock clock) {
    this.q = Objects.requireNonNull(q, "q");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The account's membership if it is an active member: its department is active and it has at
   * least one effective role.
   */
  public synchronized Optional<Membership> activeMember(Address account) {
    Objects.requireNonNull(account, "account");
    catchUp();
    Stored m = members.get(account);
    if (m == null || !departmentActive.getOrDefault(m.department, false)) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(m.roles);
    if (!clock.instant().isBefore(m.credentialExpiry)) {
      roles.removeAll(CREDENTIALED);
    }
    return roles.isEmpty()
        ? Optional.empty()
        : Optional.of(new Membership(account, m.department, Set.copyOf(roles)));
  }

  private void catchUp() {
    if (last != null && !stillIndexed(last)) {
      members.clear();
      departmentActive.clear();
      last = null;
    }
    while (true) {
      long block = last == null ? 0 : last.event().meta().blockNumber();
      int logIndex = last == null ? 0 : last.event().meta().logIndex() + 1;
      List<IndexedEvent> events = q.eventsFrom(block, logIndex, BATCH);
      events.forEach(this::apply);
      if (!events.isEmpty()) {
        last = events.get(events.size() - 1);
      }
      if (events.size() < BATCH) {
        return;
      }
    }
  }

  /** Whether the index still holds that event in that block (no rollback took it away). */
  private boolean stillIndexed(IndexedEvent e) {
    var meta = e.event().meta();
    return q.event(meta.blockNumber(), meta.logIndex())
        .map(now -> now.event().meta().blockHash().equals(meta.blockHash()))
        .orElse(false);
  }

  private void apply(IndexedEvent indexed) {
    YunxiEvent e = indexed.event();
    if (e instanceof DepartmentRegistered d) {
      departmentActive.put(d.department(), true);
    } else if (e instanceof DepartmentSuspended d) {
      departmentActive.put(d.department(), false);
    } else if (e instanceof DepartmentReactivated d) {
      departmentActive.put(d.department(), true);
    } else if (e instanceof MemberSet m) {
      members.put(m.account(), new Stored(m.department(), m.roles(), m.credentialExpiry()));
    } else if (e instanceof MemberRemoved m) {
      Stored s = members.get(m.account());
      if (s != null && s.department.equals(m.department())) {
        members.remove(m.account());
      }
    }
  }

  /** A member as stored: its department, roles and credential expiry. */
  private record Stored(Bytes32 department, Set<Role> roles, Instant credentialExpiry) {}

  /**
   * An active member.
   *
   * @param account the member's account
   * @param department its department
   * @param roles the roles it can exercise now (never empty)
   */
  public record Membership(Address account, Bytes32 department, Set<Role> roles) {
    public boolean isAuditor() {
      return roles.contains(Role.AUDITOR);
    }
  }
}
