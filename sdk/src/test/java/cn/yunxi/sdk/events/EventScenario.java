package cn.yunxi.sdk.events;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.sdk.model.Bytes32;

/**
 * Real transactions on Anvil that make the five contracts emit every one of their events —
 * governance, members, cases with hand-off, transfer, payment, reminder, referral and closing,
 * evidence deposits and a correction, a batch, custody, letters issued and revoked, and four data
 * requests (fulfilled, rejected, cancelled, expired) — and, for each, the event it must decode
 * into, built from the values sent. Nothing is asserted here: the IT does that.
 */
final class EventScenario extends ScenarioPart {
  EventScenario(DevConsortium chain) {
    super(chain);
  }

  void run() throws Exception {
    ConsortiumPart consortium = new ConsortiumPart(this);
    consortium.bootstrap();
    consortium.governance();
    consortium.members();
    Bytes32 caseA = hash("甬江北综执立字〔2026〕第0101号");
    CasePart cases = new CasePart(this);
    cases.casesBeforeDecision(caseA, hash("甬江北综执立字〔2026〕第0102号"), hash("甬江北综执简字〔2026〕第0103号"));
    new EvidencePart(this).evidence(caseA);
    DataRequestRegistry.Request expiring = new RequestPart(this).requests(caseA);
    cases.penaltyToCourt(caseA, expiring);
  }
}
