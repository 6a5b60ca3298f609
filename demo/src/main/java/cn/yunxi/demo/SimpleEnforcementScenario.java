package cn.yunxi.demo;

import cn.yunxi.network.Role;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.model.EvidenceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Simple enforcement (简易执法) on a PDA: a dog walked without a leash; facts clear, evidence
 * sufficient — the officer decides on the spot, the fine is paid online, the case closed.
 */
final class SimpleEnforcementScenario {
  static final String TITLE = "简易程序案";

  private final DemoContext ctx;

  SimpleEnforcementScenario(DemoContext ctx) {
    this.ctx = ctx;
  }

  PlayedCase run() {
    Narrator n = ctx.narrator;
    Actor officer = ctx.cast.play(Cast.ENFORCEMENT, Role.OFFICER);
    var readers = List.of(ctx.cast.keys(Cast.ENFORCEMENT).recipient());
    String number = "甬江北综执简字〔" + ctx.year() + "〕第" + ctx.runId + "号";
    Bytes32 caseId = CaseOperations.caseIdOf(number);
    n.note("案号 case number: " + number + " — 犬只未拴绳 dog off the leash, 洪塘街道");

    n.tx(
        "简易程序立案",
        "open a simple case (type 105, dog management)",
        () -> officer.client().cases().open(caseId, 105, true));
    String caption = "PDA photo " + number + " dog off the leash";
    ctx.deposit(
        officer,
        caseId,
        EvidenceKind.PHOTO,
        EvidenceMedia.photo(caption),
        caption,
        readers,
        "PDA拍照存证",
        "deposit the PDA photo");
    Instant now = ctx.now();
    n.tx(
        "当场处罚决定",
        "electronic penalty decision on the spot (¥50)",
        () ->
            officer
                .client()
                .cases()
                .decide(
                    caseId,
                    new Decision(
                        DemoContext.hash("当场处罚决定书 " + number),
                        DemoContext.hash("《宁波市养犬管理条例》"),
                        5_000,
                        now.plus(Duration.ofDays(15)),
                        now.plus(Duration.ofDays(60)))));
    n.tx(
        "在线缴款",
        "paid online",
        () -> officer.client().cases().recordPayment(caseId, DemoContext.hash("电子缴款凭证 " + number)));
    n.tx(
        "结案",
        "close",
        () ->
            officer
                .client()
                .cases()
                .close(caseId, CloseResult.PENALTY_EXECUTED, DemoContext.hash("结案 " + number)));

    PlayedCase played = new PlayedCase(TITLE, number, caseId, Cast.ENFORCEMENT, Optional.empty());
    ctx.cases.add(played);
    return played;
  }
}
