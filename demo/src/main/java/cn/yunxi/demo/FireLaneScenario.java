package cn.yunxi.demo;

import cn.yunxi.network.KeyRef;
import cn.yunxi.network.Role;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.model.EvidenceKind;
import cn.yunxi.sdk.model.Member;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "One thing" (一件事): a car blocks a residential fire lane; the fire brigade photographs and tickets
 * it on the spot, the case flows to the traffic police, who read the photo from the fire brigade's
 * gateway and notify the owner; the fine is paid and the case closed.
 */
final class FireLaneScenario {
  static final String TITLE = "消防通道一件事";

  /**
   * The traffic police's duty officer when the consortium file names none: jiangbei.yaml gives the
   * brigade a custodian and an admin only, and notifying an owner needs an officer.
   */
  static final KeyRef DUTY_OFFICER = KeyRef.parse("seed:trafficDutyOfficer");

  private final DemoContext ctx;

  FireLaneScenario(DemoContext ctx) {
    this.ctx = ctx;
  }

  PlayedCase run() {
    Narrator n = ctx.narrator;
    Actor fireOfficer = ctx.cast.play(Cast.FIRE, Role.OFFICER);
    Actor trafficOfficer = trafficOfficer();
    DepartmentKeys trafficKeys = ctx.cast.keys(Cast.TRAFFIC);
    // The photo is for the brigade and for whoever the case flows to.
    var readers = List.of(ctx.cast.keys(Cast.FIRE).recipient(), trafficKeys.recipient());

    String number = "甬江北消简字〔" + ctx.year() + "〕第" + ctx.runId + "号";
    Bytes32 caseId = CaseOperations.caseIdOf(number);
    n.note("案号 case number: " + number + " — " + fireOfficer.name() + ", 幸福苑小区 fire lane");

    n.tx(
        "消防立案",
        "fire brigade opens a simple case (type 201)",
        () -> fireOfficer.client().cases().open(caseId, 201, true));
    String caption = "fire lane photo " + number + " 浙B·7Q315 blocking lane 2";
    DemoContext.Sealed photo =
        ctx.deposit(
            fireOfficer,
            caseId,
            EvidenceKind.PHOTO,
            EvidenceMedia.photo(caption),
            caption,
            readers,
            "PDA拍照存证",
            "deposit the PDA photo");
    Instant now = ctx.now();
    n.tx(
        "开具罚单",
        "ticket on the spot (¥200)",
        () ->
            fireOfficer
                .client()
                .cases()
                .decide(
                    caseId,
                    new Decision(
                        DemoContext.hash("当场处罚决定书 " + number),
                        DemoContext.hash("《中华人民共和国消防法》第六十条"),
                        20_000,
                        now.plus(Duration.ofDays(15)),
                        now.plus(Duration.ofDays(60)))));
    Inclusion handOff =
        n.tx(
            "流转交警",
            "hand the case off to 交警大队",
            () -> fireOfficer.client().cases().handOff(caseId, trafficOfficer.department()));

    DepartmentNode fireNode = ctx.env.department(Cast.FIRE);
    n.step(
        "交警调阅照片",
        "traffic police read the photo from the fire brigade's gateway",
        () -> {
          IndexWatch.awaitBlock(fireNode, handOff.blockNumber());
          GatewayBlobStore gateway =
              GatewayBlobStore.builder()
                  .endpoint(fireNode.gatewayUrl())
                  .chainId(ctx.env.chainId())
                  .gateway(fireOfficer.department())
                  .signer(trafficOfficer.signer())
                  .build()
                  .in(GatewayBlobStore.Scope.evidence(photo.deposit().evidenceId()));
          ContentDigests digests =
              EvidenceIntake.create(gateway)
                  .open(
                      photo.sealed().blobRef(),
                      trafficKeys.decryption(),
                      new ByteArrayOutputStream());
          Invariants.check(
              digests.sha256().equals(photo.sealed().sha256()),
              "the photo read through the gateway is not the one deposited");
          return digests;
        },
        d -> d.size() / 1024 + " KiB decrypted, sha256 matches the deposit");
    n.tx(
        "交警通知车主",
        "traffic police notify the owner",
        () ->
            trafficOfficer
                .client()
                .cases()
                .recordNotice(caseId, DemoContext.hash("挪车及处罚告知短信 " + number)));
    n.tx(
        "缴纳罚款",
        "owner pays online",
        () ->
            fireOfficer.client().cases().recordPayment(caseId, DemoContext.hash("缴款凭证 " + number)));
    n.tx(
        "结案",
        "close (closed loop)",
        () ->
            fireOfficer
                .client()
                .cases()
                .close(caseId, CloseResult.PENALTY_EXECUTED, DemoContext.hash("结案 " + number)));

    PlayedCase played = new PlayedCase(TITLE, number, caseId, Cast.FIRE, Optional.empty());
    ctx.cases.add(played);
    return played;
  }

  /**
   * The brigade's officer from the file, else the dev duty officer, appointed once by its admin.
   */
  private Actor trafficOfficer() {
    Optional<Actor> listed = ctx.cast.find(Cast.TRAFFIC, Role.OFFICER);
    if (listed.isPresent()) {
      return listed.get();
    }
    Signer key =
        Signers.privateKey(ctx.env.keys().credentials(DUTY_OFFICER).getEcKeyPair().getPrivateKey());
    Actor officer = ctx.cast.extra("交警大队执勤民警", Cast.TRAFFIC, key);
    Member member = officer.client().consortium().member(key.address());
    if (!member.effectiveRoles().contains(cn.yunxi.sdk.model.Role.OFFICER)) {
      Actor admin = ctx.cast.play(Cast.TRAFFIC, Role.ADMIN);
      ctx.narrator.tx(
          "交警任命执勤民警",
          "traffic admin appoints a duty officer (none in the consortium file)",
          () ->
              admin
                  .client()
                  .consortium()
                  .setMember(
                      key.address(),
                      Set.of(cn.yunxi.sdk.model.Role.OFFICER),
                      DemoContext.hash("人民警察证 交警大队执勤民警"),
                      ctx.now().plus(Duration.ofDays(365))));
    }
    return officer;
  }
}
