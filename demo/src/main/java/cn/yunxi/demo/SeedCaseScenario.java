package cn.yunxi.demo;

import cn.yunxi.network.Role;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.LetterOperations.IssuedLetter;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.DataCategory;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.model.EvidenceKind;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The seed's case (DOMAIN.md): a Hongtang officer finds a car parked on and damaging green space,
 * opens the case and deposits photo and video; the captain approves a request for the owner's
 * registration, the bureau office issues the introduction letter, the traffic police's custodian
 * accepts and answers with a stamped, encrypted record; the officer fetches it from the traffic
 * police's gateway, decrypts it and confirms; decision, payment and closing the same day.
 */
final class SeedCaseScenario {
  static final String TITLE = "违停毁绿案";
  private static final String PLATE = "浙B·3K829";

  private final DemoContext ctx;

  SeedCaseScenario(DemoContext ctx) {
    this.ctx = ctx;
  }

  /** What the auditor later checks: the case and its scene photo. */
  record Outcome(PlayedCase played, byte[] photo, DemoContext.Sealed photoDeposit) {}

  Outcome run() {
    Narrator n = ctx.narrator;
    Actor officer = ctx.cast.play(Cast.ENFORCEMENT, Role.OFFICER);
    Actor captain = ctx.cast.play(Cast.ENFORCEMENT, Role.CAPTAIN);
    Actor office = ctx.cast.play(Cast.ENFORCEMENT, Role.OFFICE);
    Actor custodian = ctx.cast.play(Cast.TRAFFIC, Role.CUSTODIAN);
    DepartmentKeys enforcementKeys = ctx.cast.keys(Cast.ENFORCEMENT);
    DepartmentKeys trafficKeys = ctx.cast.keys(Cast.TRAFFIC);
    Actor auditor = ctx.cast.anywhere(Role.AUDITOR);
    // Evidence is encrypted to the bureau and to the supervisor, who audits it later.
    List<Recipient> readers =
        List.of(enforcementKeys.recipient(), ctx.cast.keys(auditor.departmentCode()).recipient());

    String number = "甬江北综执立字〔" + ctx.year() + "〕第" + ctx.runId + "号";
    Bytes32 caseId = CaseOperations.caseIdOf(number);
    n.note("案号 case number: " + number + " — " + officer.name() + ", 车牌 plate " + PLATE);

    n.tx(
        "立案",
        "open case (type 101, green space)",
        () -> officer.client().cases().open(caseId, 101, false));
    n.tx("调查取证", "start investigation", () -> officer.client().cases().startInvestigation(caseId));
    String photoCaption = "scene photo " + number + " " + PLATE + " on the green space, Hongtang";
    byte[] photo = EvidenceMedia.photo(photoCaption);
    DemoContext.Sealed photoDeposit =
        ctx.deposit(
            officer,
            caseId,
            EvidenceKind.PHOTO,
            photo,
            photoCaption,
            readers,
            "现场照片存证",
            "deposit photo");
    String videoCaption = "scene video " + number + " " + PLATE + " wheel ruts in the lawn";
    ctx.deposit(
        officer,
        caseId,
        EvidenceKind.VIDEO,
        EvidenceMedia.video(videoCaption),
        videoCaption,
        readers,
        "现场视频存证",
        "deposit video");

    DataRequest request =
        new DataRequest(
            caseId,
            officer.department(),
            custodian.department(),
            BigInteger.valueOf(
                DataCategory.toMask(
                    EnumSet.of(
                        DataCategory.VEHICLE_REGISTRATION, DataCategory.OWNER_REGISTRATION))),
            DemoContext.hash(PLATE + "|" + number),
            officer.client().account(),
            Instant.now().plus(Duration.ofDays(3)),
            1);
    n.tx(
        "发起数据调取",
        "request vehicle & owner registration from 交警大队",
        () -> officer.client().requests().create(request));
    n.tx("队长审批", "captain approves", () -> captain.client().requests().approve(request));
    IssuedLetter letter =
        n.step(
            "局办公室出具电子介绍信",
            "office issues the introduction letter",
            () -> issueLetter(office, request),
            l ->
                "letter "
                    + Narrator.shortHex(l.letterId().toHex())
                    + ", "
                    + Narrator.where(l.inclusion()));
    n.step(
        "核验介绍信签名",
        "verify the letter's EIP-712 signature",
        () ->
            Invariants.check(
                office.client().letters().verifyDocument(letter.letter(), letter.signature()),
                "the letter's signature does not verify"),
        ok -> "signed by " + office.name());
    n.tx(
        "绑定介绍信",
        "bind the letter to the request",
        () -> office.client().requests().bindLetter(request, letter.letter()));
    n.tx(
        "交警受理",
        "traffic police custodian accepts",
        () -> custodian.client().requests().accept(request));

    byte[] record =
        ("车辆及车主登记信息 " + PLATE + " 小型轿车 白色 | 车主: 张某 | 登记日期 2019-03-02 | 案号 " + number)
            .getBytes(StandardCharsets.UTF_8);
    Inclusion fulfilled =
        n.tx(
            "交警盖章答复",
            "fulfil with the stamped record, encrypted to the bureau",
            () ->
                custodian
                    .client()
                    .requests()
                    .fulfilWithResponse(
                        request,
                        letter.letter(),
                        record,
                        EvidenceIntake.create(
                            LocalBlobStore.open(ctx.env.department(Cast.TRAFFIC).blobDirectory())),
                        KeyWrapScheme.ECIES_SECP256K1,
                        trafficKeys.seal(),
                        Duration.ofMinutes(10)));

    DepartmentNode trafficNode = ctx.env.department(Cast.TRAFFIC);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    n.tx(
        "从交警网关调取、解密并确认",
        "fetch from the traffic police's gateway, decrypt, check the stamp, confirm",
        () -> {
          // The gateway asks its own index whether the officer's department is entitled.
          IndexWatch.awaitBlock(trafficNode, fulfilled.blockNumber());
          GatewayBlobStore gateway =
              GatewayBlobStore.builder()
                  .endpoint(trafficNode.gatewayUrl())
                  .chainId(ctx.env.chainId())
                  .gateway(custodian.department())
                  .signer(officer.signer())
                  .build()
                  .in(GatewayBlobStore.Scope.request(request.requestId()));
          return officer
              .client()
              .requests()
              .receive(
                  request, EvidenceIntake.create(gateway), enforcementKeys.decryption(), received);
        });
    Invariants.check(
        Arrays.equals(received.toByteArray(), record),
        "the decrypted response is not the record the traffic police sent");
    n.note("解密结果 decrypted: " + received.toString(StandardCharsets.UTF_8));

    ctx.deposit(
        officer,
        caseId,
        EvidenceKind.DATA_RESPONSE,
        received.toByteArray(),
        "owner record " + number,
        readers,
        "调取结果入卷",
        "deposit the received record as evidence");

    Instant now = ctx.now();
    n.tx(
        "处罚决定",
        "captain issues the penalty decision (¥500)",
        () ->
            captain
                .client()
                .cases()
                .decide(
                    caseId,
                    new Decision(
                        DemoContext.hash("行政处罚决定书 " + number),
                        DemoContext.hash("《浙江省城市绿化管理办法》"),
                        50_000,
                        now.plus(Duration.ofDays(15)),
                        now.plus(Duration.ofDays(60)))));
    n.tx(
        "缴纳罚款",
        "fine paid",
        () -> officer.client().cases().recordPayment(caseId, DemoContext.hash("缴款凭证 " + number)));
    n.tx(
        "结案",
        "close the case (penalty executed)",
        () ->
            captain
                .client()
                .cases()
                .close(caseId, CloseResult.PENALTY_EXECUTED, DemoContext.hash("结案报告 " + number)));

    PlayedCase played =
        new PlayedCase(TITLE, number, caseId, Cast.ENFORCEMENT, Optional.of(request));
    ctx.cases.add(played);
    return new Outcome(played, photo, photoDeposit);
  }

  private IssuedLetter issueLetter(Actor office, DataRequest request) {
    Instant now = ctx.now();
    return office
        .client()
        .letters()
        .issue(
            new IntroductionLetter(
                request.requesterDepartment(),
                office.client().account(),
                request.creator(),
                request.targetDepartment(),
                request.caseId(),
                request.requestId(),
                request.categories(),
                DemoContext.hash("查询涉案车辆及车主登记信息"),
                now.minusSeconds(60),
                now.plus(Duration.ofDays(7)),
                office.client().letters().nextNonce()));
  }
}
