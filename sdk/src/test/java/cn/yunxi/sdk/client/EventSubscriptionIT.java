package cn.yunxi.sdk.client;

import static cn.yunxi.sdk.client.ClientFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.EventOperations.Subscription;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.events.CaseOpened;
import cn.yunxi.sdk.events.EvidenceDeposited;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Bytes32;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Typed events through the client: queries, live subscriptions, and resuming from a block. */
class EventSubscriptionIT {
  @Test
  void deliversTypedEventsLiveAndAgainWhenResumedFromABlock() throws Exception {
    try (DevConsortium chain = DevConsortium.start();
        YunxiClient officer = ClientFixture.clientFor(chain, chain.officer)) {
      LinkedBlockingQueue<YunxiEvent> live = new LinkedBlockingQueue<>();
      Bytes32 caseId = CaseOperations.caseIdOf("events");
      Deposit deposit;
      try (Subscription subscription = officer.events().subscribe(0, live::add)) {
        officer.cases().open(caseId, 101, false);
        deposit = officer.evidence().deposit(item(caseId, "photo"));

        EvidenceDeposited seen = awaitDeposit(live);
        assertThat(seen.record()).isEqualTo(deposit.record());
        // The subscription moves past a block once its events are delivered: just after, not
        // before.
        long block = deposit.inclusion().blockNumber();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (subscription.nextBlock() <= block && System.nanoTime() < deadline) {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertThat(subscription.nextBlock()).isGreaterThan(block);
      }

      long depositBlock = deposit.inclusion().blockNumber();
      LinkedBlockingQueue<YunxiEvent> resumed = new LinkedBlockingQueue<>();
      try (Subscription again = officer.events().subscribe(depositBlock, resumed::add)) {
        assertThat(awaitDeposit(resumed).record()).isEqualTo(deposit.record());
      }

      List<YunxiEvent> all = officer.events().query(0, depositBlock);
      assertThat(all).anyMatch(e -> e instanceof CaseOpened o && o.caseId().equals(caseId));
      assertThat(all.get(all.size() - 1)).isInstanceOf(EvidenceDeposited.class);
    }
  }

  private static EvidenceDeposited awaitDeposit(LinkedBlockingQueue<YunxiEvent> queue)
      throws InterruptedException {
    while (true) {
      YunxiEvent e = queue.poll(30, TimeUnit.SECONDS);
      assertThat(e).as("an event within 30 s").isNotNull();
      if (e instanceof EvidenceDeposited d) {
        return d;
      }
    }
  }
}
