package cn.yunxi.indexer.gateway;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Outstanding challenges: 32 random bytes each, usable once, until they expire. Bounded: when
 * {@code max} are outstanding, expired ones are dropped, and if none has expired a new one is
 * refused. Thread-safe.
 */
final class Challenges {
  private final Clock clock;
  private final Duration ttl;
  private final int max;
  private final SecureRandom random = new SecureRandom();
  // Insertion order is issue order, so the oldest (first to expire) come first.
  private final LinkedHashMap<Bytes32, Issued> outstanding = new LinkedHashMap<>();

  Challenges(Clock clock, Duration ttl, int max) {
    this.clock = clock;
    this.ttl = ttl;
    this.max = max;
  }

  /**
   * A new challenge, for {@code account} only if it is given.
   *
   * @return empty if {@code max} challenges are outstanding and unexpired
   */
  synchronized Optional<Issued> issue(Address account) {
    Instant now = clock.instant();
    if (outstanding.size() >= max) {
      dropExpired(now);
      if (outstanding.size() >= max) {
        return Optional.empty();
      }
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    Issued issued = new Issued(Bytes32.of(bytes), now.plus(ttl), account);
    outstanding.put(issued.challenge(), issued);
    return Optional.of(issued);
  }

  /**
   * Takes the challenge out — it can never be used again, whatever the caller does next — and
   * answers it if it was outstanding and has not expired.
   */
  synchronized Optional<Issued> redeem(Bytes32 challenge) {
    Issued issued = outstanding.remove(challenge);
    if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(issued);
  }

  synchronized int outstanding() {
    return outstanding.size();
  }

  private void dropExpired(Instant now) {
    for (Iterator<Map.Entry<Bytes32, Issued>> it = outstanding.entrySet().iterator();
        it.hasNext(); ) {
      if (now.isBefore(it.next().getValue().expiresAt())) {
        return;
      }
      it.remove();
    }
  }

  /**
   * A challenge handed out.
   *
   * @param challenge the random value
   * @param expiresAt when it stops being accepted
   * @param account the only account that may use it, or null for any
   */
  record Issued(Bytes32 challenge, Instant expiresAt, Address account) {}
}
