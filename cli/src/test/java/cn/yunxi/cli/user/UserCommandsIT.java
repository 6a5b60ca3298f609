package cn.yunxi.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.cli.Cli;
import cn.yunxi.sdk.index.IndexClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user commands against one dev consortium (Anvil, the five contracts, two indexers with their
 * gateways) brought up once by {@code yunxi dev up} from {@code three-departments.yaml}: each test
 * plays a flow with its own case, its success path and the refusals a user meets on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserCommandsIT {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger CASES = new AtomicInteger();

  static final String OFFICER = "洪塘中队执法队员";
  static final String CAPTAIN = "洪塘中队队长";
  static final String OFFICE = "局办公室";
  static final String CUSTODIAN = "车管数据管理员";
  static final String TRAFFIC_OFFICER = "交警大队执勤民警";
  static final String AUDITOR = "执法监督员";

  @TempDir static Path tmp;
  Path home;
  JsonNode dev;

  @BeforeAll
  void devUp() throws IOException {
    home = tmp.resolve("home");
    Cli.Result up =
        Cli.run(
            "dev",
            "up",
            "--home",
            home.toString(),
            "--consortium",
            Cli.resource("three-departments.yaml").toString());
    assertThat(up.exitCode()).as(up.toString()).isZero();
    dev = JSON.readTree(home.resolve("dev/dev.json").toFile());
  }

  @AfterAll
  void devDown() {
    Cli.run("dev", "down", "--home", home.toString());
  }

  /** {@code yunxi ARGS --home HOME}. */
  Cli.Result yunxi(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--home");
    all.add(home.toString());
    return Cli.run(all.toArray(String[]::new));
  }

  /** Runs and expects exit code 0. */
  Cli.Result ok(String... args) {
    Cli.Result r = yunxi(args);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return r;
  }

  /** Runs with {@code --json} and expects exit code 0; the document. */
  JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--json");
    Cli.Result r = ok(all.toArray(String[]::new));
    return JSON.readTree(r.out());
  }

  /** Runs and expects a refusal: {@code code}, one line {@code yunxi: …} with no stack trace. */
  static Cli.Result refused(int code, Cli.Result r) {
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(code);
    List<String> reasons = r.err().lines().filter(l -> l.startsWith("yunxi: ")).toList();
    assertThat(reasons).as(r.toString()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return r;
  }

  Cli.Result failed(String... args) {
    return refused(1, yunxi(args));
  }

  Cli.Result misused(String... args) {
    return refused(2, yunxi(args));
  }

  /** A new case number for a test: every test opens its own cases. */
  static String caseNumber() {
    return "甬江北综执立字〔2026〕第" + String.format("%04d", CASES.incrementAndGet()) + "号";
  }

  String openCase() {
    String number = caseNumber();
    ok("case", "open", number, "--type", "101", "--as", OFFICER);
    return number;
  }

  Path write(String name, String content) throws IOException {
    Path file = tmp.resolve("files").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- cases

  @Test
  void caseGoesFromOpenToClosedAndRefusesStepsOutOfOrderOrRole() throws IOException {
    String number = caseNumber();
    Cli.Result opened = ok("case", "open", number, "--type", "101", "--as", OFFICER);
    assertThat(opened.out()).contains("opened case " + number).contains("in block");
    failed("case", "open", number, "--type", "101", "--as", OFFICER)
        .err()
        .contains("already exists");

    JsonNode shown = json("case", "show", number);
    assertThat(shown.at("/case/status").asText()).isEqualTo("OPENED");
    assertThat(shown.at("/timeline/0/type").asText()).isEqualTo("CaseOpened");
    assertThat(shown.at("/case/openedBy").asText())
        .isEqualTo(member(OFFICER).path("address").asText());

    ok("case", "investigate", number, "--as", OFFICER);
    assertThat(
            failed(
                    "case",
                    "decide",
                    number,
                    "--as",
                    OFFICER,
                    "--decision",
                    "决定书",
                    "--provisions",
                    "《条例》",
                    "--fine",
                    "500")
                .err())
        .contains(OFFICER + " (JB-ZHXZZF) may not do this: it needs the role CAPTAIN");
    ok(
        "case",
        "decide",
        number,
        "--as",
        CAPTAIN,
        "--decision",
        "@" + write("decision.txt", "行政处罚决定书"),
        "--provisions",
        "《浙江省城市绿化管理办法》",
        "--fine",
        "500");
    ok("case", "pay", number, "--as", OFFICER, "--receipt", "缴款凭证");
    assertThat(
            failed(
                    "case",
                    "close",
                    number,
                    "--as",
                    CAPTAIN,
                    "--result",
                    "dismissed",
                    "--summary",
                    "结案报告")
                .err())
        .contains("is PAID: it cannot be closed as DISMISSED");
    ok(
        "case",
        "close",
        number,
        "--as",
        CAPTAIN,
        "--result",
        "PENALTY_EXECUTED",
        "--summary",
        "结案报告");

    JsonNode closed = json("case", "show", number, "--as", CAPTAIN);
    assertThat(closed.at("/case/status").asText()).isEqualTo("CLOSED");
    assertThat(closed.at("/case/closeResult").asText()).isEqualTo("PENALTY_EXECUTED");
    assertThat(closed.at("/case/decision/fineFen").asLong()).isEqualTo(50_000);
    assertThat(closed.at("/case/decision/decisionHash").asText())
        .isEqualTo(Args.sha256("行政处罚决定书").toHex());
    List<String> steps = new ArrayList<>();
    closed.path("timeline").forEach(e -> steps.add(e.path("type").asText()));
    assertThat(steps)
        .containsExactly(
            "CaseOpened", "InvestigationStarted", "CaseDecided", "PaymentRecorded", "CaseClosed");

    Cli.Result text = ok("case", "show", number);
    assertThat(text.out())
        .contains("CLOSED (PENALTY_EXECUTED)")
        .contains("¥500.00")
        .contains("结案 closed");
    JsonNode list = json("case", "list", "--as", OFFICER);
    assertThat(list.path("department").asText()).isEqualTo("JB-ZHXZZF");
    assertThat(list.path("cases").findValuesAsText("caseId"))
        .contains(closed.at("/case/caseId").asText());
  }

  @Test
  void wrongKeysUnknownCasesAndMalformedArgumentsAreOneLineRefusals() throws IOException {
    String number = openCase();
    assertThat(failed("case", "open", caseNumber(), "--type", "1", "--as", CUSTODIAN).err())
        .contains(CUSTODIAN + " (JB-JJDD) may not do this: it needs the role OFFICER")
        .contains("it has CUSTODIAN");
    assertThat(failed("case", "open", caseNumber(), "--type", "1", "--key", "seed:stranger").err())
        .contains("is not a member of the consortium");
    assertThat(failed("case", "investigate", number, "--as", TRAFFIC_OFFICER).err())
        .contains("department JB-JJDD is not entitled to case");
    assertThat(failed("case", "open", caseNumber(), "--type", "1", "--as", "nobody").err())
        .contains("unknown member 'nobody'")
        .contains(OFFICER + " (JB-ZHXZZF OFFICER)");
    assertThat(failed("case", "open", caseNumber(), "--type", "1", "--as", "局系统管理员").err())
        .contains("names 2 members: write JB-ZHXZZF/局系统管理员 or JB-JJDD/局系统管理员");
    // A member by its department and name, or by its seed key's name, is the same member.
    ok("case", "investigate", number, "--as", "JB-ZHXZZF/" + OFFICER);
    assertThat(failed("case", "investigate", number, "--as", "officer").err())
        .contains("is INVESTIGATING: it cannot move to INVESTIGATING");

    String unknown = caseNumber();
    assertThat(failed("case", "show", unknown).err())
        .contains("unknown case " + unknown)
        .contains("never opened");
    assertThat(failed("case", "pay", unknown, "--as", OFFICER, "--receipt", "x").err())
        .contains("unknown case " + CaseIds.of(unknown) + ": it was never opened");
    assertThat(
            failed(
                    "evidence",
                    "deposit",
                    write("x.txt", "x").toString(),
                    "--case",
                    unknown,
                    "--as",
                    OFFICER)
                .err())
        .contains("unknown case");

    assertThat(
            misused(
                    "case",
                    "open",
                    caseNumber(),
                    "--type",
                    "1",
                    "--as",
                    OFFICER,
                    "--key",
                    "seed:officer")
                .err())
        .contains("--as and --key");
    assertThat(misused("case", "open", caseNumber(), "--type", "1").err())
        .contains("who acts? give --as MEMBER");
    assertThat(misused("case", "open", caseNumber(), "--as", OFFICER).err()).contains("--type");
    assertThat(misused("case", "open", caseNumber(), "--type", "70000", "--as", OFFICER).err())
        .contains("--type");
    assertThat(misused("case", "show", "0x12").err()).contains("not a case id");
    assertThat(
            misused(
                    "case",
                    "decide",
                    number,
                    "--as",
                    CAPTAIN,
                    "--decision",
                    "d",
                    "--provisions",
                    "p",
                    "--fine",
                    "5x0")
                .err())
        .contains("not an amount in yuan");
    assertThat(
            misused(
                    "case",
                    "decide",
                    number,
                    "--as",
                    CAPTAIN,
                    "--decision",
                    "d",
                    "--provisions",
                    "p",
                    "--fine",
                    "5",
                    "--due",
                    "soon")
                .err())
        .contains("not a time");
    assertThat(
            misused("case", "close", number, "--as", CAPTAIN, "--result", "maybe", "--summary", "s")
                .err())
        .contains("--result");
    assertThat(misused("case", "open", caseNumber(), "--type", "1", "--key", "nokind").err())
        .contains("--key");
    assertThat(refused(2, Cli.run("case")).err()).contains("needs a command: open, show");

    Path empty = Files.createDirectories(tmp.resolve("no-dev"));
    assertThat(
            refused(1, Cli.run("case", "list", "--as", OFFICER, "--home", empty.toString())).err())
        .contains("run `yunxi dev up` first");
  }

  // ---------------------------------------------------------------- evidence

  @Test
  void depositsEncryptedEvidenceAndLooksItUpByContent() throws IOException {
    String number = openCase();
    Path photo = write("scene.jpg", "JFIF scene photo of " + number + " plate 浙B·3K829");
    Path note = write("note.txt", "witness statement for " + number);
    JsonNode deposited =
        json(
            "evidence",
            "deposit",
            photo.toString(),
            note.toString(),
            "--case",
            number,
            "--as",
            OFFICER);
    assertThat(deposited.path("items")).hasSize(2);
    JsonNode first = deposited.at("/items/0");
    assertThat(first.path("kind").asText()).isEqualTo("PHOTO");
    assertThat(deposited.at("/items/1/kind").asText()).isEqualTo("DOCUMENT");
    assertThat(first.path("alreadyDeposited").asBoolean()).isFalse();
    assertThat(first.path("sha256").asText()).isEqualTo(Args.sha256(photo).toHex());

    // What left this machine is the envelope: the department's blob store holds no plaintext.
    String blob = first.path("blobRef").asText();
    Path stored =
        Path.of(dev.at("/departments/JB-ZHXZZF/blobs").asText())
            .resolve(blob.substring(0, 2))
            .resolve(blob.substring(2, 4))
            .resolve(blob);
    assertThat(stored).isRegularFile();
    assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1))
        .doesNotContain("plate");

    JsonNode again =
        json("evidence", "deposit", photo.toString(), "--case", number, "--as", OFFICER);
    assertThat(again.at("/items/0/alreadyDeposited").asBoolean()).isTrue();
    assertThat(again.at("/items/0/evidenceId").asText())
        .isEqualTo(first.path("evidenceId").asText());

    assertThat(
            failed(
                    "evidence",
                    "deposit",
                    tmp.resolve("missing.jpg").toString(),
                    "--case",
                    number,
                    "--as",
                    OFFICER)
                .err())
        .contains("no such file");
    assertThat(
            failed(
                    "evidence",
                    "deposit",
                    write("traffic.jpg", "traffic " + number).toString(),
                    "--case",
                    number,
                    "--as",
                    TRAFFIC_OFFICER)
                .err())
        .contains("department JB-JJDD is not entitled to case");
    assertThat(
            failed(
                    "evidence",
                    "deposit",
                    write("stranger.jpg", "stranger " + number).toString(),
                    "--case",
                    number,
                    "--key",
                    "seed:stranger")
                .err())
        .contains("is not a member of the consortium");
    assertThat(misused("evidence", "deposit", photo.toString(), "--as", OFFICER).err())
        .contains("which case?");

    Cli.Result verified = ok("evidence", "verify", photo.toString());
    assertThat(verified.out())
        .contains("deposited, 1 record(s)")
        .contains(OFFICER + " (JB-ZHXZZF)")
        .contains(CaseIds.of(number).toHex())
        .contains("sm3       matches");
    JsonNode verifiedJson = json("evidence", "verify", note.toString(), "--as", OFFICER);
    assertThat(verifiedJson.path("deposited").asBoolean()).isTrue();
    assertThat(verifiedJson.at("/records/0/record/evidenceId").asText())
        .isEqualTo(deposited.at("/items/1/evidenceId").asText());
    assertThat(
            failed("evidence", "verify", write("never.txt", "never deposited " + number).toString())
                .err())
        .contains("is not deposited");
    assertThat(failed("evidence", "verify", tmp.resolve("absent.txt").toString()).err())
        .contains("no such file");
  }

  @Test
  void depositsADirectoryWithProgressOnStderrAndResumes() throws IOException {
    String number = openCase();
    Path dir = Files.createDirectories(tmp.resolve("pda-" + CASES.get()));
    for (int i = 1; i <= 25; i++) {
      Files.writeString(
          dir.resolve(String.format("IMG_%03d.jpg", i)), "photo " + i + " of " + number);
    }
    Cli.Result run =
        ok(
            "evidence",
            "deposit-dir",
            dir.toString(),
            "--case",
            number,
            "--as",
            OFFICER,
            "--json",
            "--every",
            "10");
    JsonNode report = JSON.readTree(run.out()); // stdout is one JSON document, progress or not
    assertThat(report.path("deposited").asInt()).isEqualTo(25);
    assertThat(report.path("failed").asInt()).isZero();
    assertThat(run.err().lines().toList())
        .containsExactly(
            "deposited 10/25 files, 0.0 MiB",
            "deposited 20/25 files, 0.0 MiB",
            "deposited 25/25 files, 0.0 MiB");

    JsonNode again =
        json("evidence", "deposit-dir", dir.toString(), "--case", number, "--as", OFFICER);
    assertThat(again.path("deposited").asInt()).isZero();
    assertThat(again.path("alreadyDeposited").asInt()).isEqualTo(25);

    assertThat(json("case", "show", number).path("evidence")).hasSize(25);

    // On a terminal the bar is redrawn in place, on stderr only.
    Path more = Files.createDirectories(tmp.resolve("pda-more-" + CASES.get()));
    for (int i = 1; i <= 3; i++) {
      Files.writeString(more.resolve("VID_" + i + ".mp4"), "video " + i + " of " + number);
    }
    Cli.Result bar =
        ok(
            "evidence",
            "deposit-dir",
            more.toString(),
            "--case",
            number,
            "--as",
            OFFICER,
            "--json",
            "--progress",
            "bar");
    assertThat(JSON.readTree(bar.out()).path("deposited").asInt()).isEqualTo(3);
    assertThat(bar.err()).contains("\r[##########").contains("] 3/3 files").endsWith("\n");
    // Redrawn with carriage returns: one line in all.
    assertThat(bar.err().chars().filter(c -> c == '\n').count()).isEqualTo(1);
    assertThat(
            failed(
                    "evidence",
                    "deposit-dir",
                    tmp.resolve("nowhere").toString(),
                    "--case",
                    number,
                    "--as",
                    OFFICER)
                .err())
        .contains("no such directory");
  }

  @Test
  void exportsAPackageThatVerifiesOfflineAndCatchesTampering() throws IOException {
    String number = openCase();
    Path photo = write("export.jpg", "JFIF the photo to export of " + number);
    String evidenceId =
        json("evidence", "deposit", photo.toString(), "--case", number, "--as", OFFICER)
            .at("/items/0/evidenceId")
            .asText();
    Path pkg = tmp.resolve("files/export.evidence.json");

    assertThat(misused("evidence", "export", evidenceId, "--out", pkg.toString()).err())
        .contains("--no-custody");
    assertThat(
            failed("evidence", "export", evidenceId, "--out", pkg.toString(), "--as", CUSTODIAN)
                .err())
        .contains("the index does not show this to " + CUSTODIAN);
    assertThat(
            failed(
                    "evidence",
                    "export",
                    "0x" + "ab".repeat(32),
                    "--out",
                    pkg.toString(),
                    "--as",
                    AUDITOR)
                .err())
        .contains("unknown evidence");
    assertThat(
            misused("evidence", "export", "0xabc", "--out", pkg.toString(), "--as", AUDITOR).err())
        .contains("not an id");
    assertThat(pkg).doesNotExist();

    JsonNode exported =
        json("evidence", "export", evidenceId, "--out", pkg.toString(), "--as", AUDITOR);
    assertThat(pkg).isRegularFile();
    assertThat(exported.at("/custody/transaction").asText()).startsWith("0x");
    List<String> custody = new ArrayList<>();
    json("case", "show", number)
        .path("timeline")
        .forEach(e -> custody.add(e.path("type").asText()));
    assertThat(custody).contains("CustodyRecorded");
    assertThat(
            failed("evidence", "export", evidenceId, "--out", pkg.toString(), "--as", AUDITOR)
                .err())
        .contains("exists");

    Cli.Result online = ok("evidence", "verify-package", pkg.toString(), photo.toString());
    assertThat(online.out()).startsWith("VERIFIED").contains("canonical chain");
    String blockHash = exported.path("blockHash").asText();
    JsonNode offline =
        json(
            "evidence",
            "verify-package",
            pkg.toString(),
            photo.toString(),
            "--offline",
            "--block-hash",
            blockHash);
    assertThat(offline.path("verdict").asText()).isEqualTo("VERIFIED");

    assertThat(
            failed("evidence", "verify-package", pkg.toString(), photo.toString(), "--offline")
                .err())
        .startsWith("yunxi: UNANCHORED");
    assertThat(
            failed(
                    "evidence",
                    "verify-package",
                    pkg.toString(),
                    photo.toString(),
                    "--block-hash",
                    "0x" + "01".repeat(32))
                .err())
        .startsWith("yunxi: NOT_FOUND");

    Path changedFile = tmp.resolve("files/export-changed.jpg");
    byte[] bytes = Files.readAllBytes(photo);
    bytes[bytes.length / 2] ^= 1;
    Files.write(changedFile, bytes);
    assertThat(failed("evidence", "verify-package", pkg.toString(), changedFile.toString()).err())
        .startsWith("yunxi: MISMATCH");

    ObjectNode doc = (ObjectNode) JSON.readTree(pkg.toFile());
    ObjectNode record = (ObjectNode) doc.at("/item/record");
    record.put("kind", record.path("kind").asInt() == 1 ? 2 : 1);
    Path tampered = tmp.resolve("files/export-tampered.evidence.json");
    JSON.writeValue(tampered.toFile(), doc);
    assertThat(failed("evidence", "verify-package", tampered.toString(), photo.toString()).err())
        .startsWith("yunxi: INVALID_PROOF");

    assertThat(failed("evidence", "verify-package", photo.toString(), photo.toString()).err())
        .contains("not a valid evidence package");
    assertThat(
            failed(
                    "evidence",
                    "verify-package",
                    tmp.resolve("none.json").toString(),
                    photo.toString())
                .err())
        .contains("no such package");
    assertThat(misused("evidence", "verify-package", pkg.toString()).err()).contains("FILE");
  }

  // ---------------------------------------------------------------- requests and letters

  @Test
  void dataRequestGoesFromCreatedToConfirmedWithItsLetter() throws IOException {
    String number = openCase();
    JsonNode created =
        json(
            "request",
            "create",
            "--case",
            number,
            "--to",
            "JB-JJDD",
            "--categories",
            "vehicle_registration,OWNER_REGISTRATION",
            "--query",
            "浙B·3K829",
            "--as",
            OFFICER);
    String request = created.path("request").asText();
    assertThat(created.path("categories")).hasSize(2);

    assertThat(failed("request", "approve", request, "--as", OFFICER).err())
        .contains("needs the role CAPTAIN");
    ok("request", "approve", request, "--as", CAPTAIN);
    assertThat(
            failed(
                    "letter",
                    "issue",
                    "--request",
                    request,
                    "--purpose",
                    "查询涉案车辆及车主登记信息",
                    "--as",
                    OFFICER)
                .err())
        .contains(OFFICER + " (JB-ZHXZZF) may not do this: it needs the role OFFICE");
    Path document = tmp.resolve("files/letter-" + CASES.get() + ".json");
    JsonNode issued =
        json(
            "letter",
            "issue",
            "--request",
            request,
            "--purpose",
            "查询涉案车辆及车主登记信息",
            "--as",
            OFFICE,
            "--out",
            document.toString());
    String letter = issued.path("letter").asText();
    assertThat(issued.at("/bound/transaction").asText()).startsWith("0x");
    assertThat(JSON.readTree(document.toFile()).path("signature").asText()).hasSize(132);
    JsonNode shownLetter = json("letter", "show", letter, "--as", OFFICER);
    assertThat(shownLetter.path("state").asText()).isEqualTo("VALID");
    assertThat(shownLetter.at("/letter/holder").asText())
        .isEqualTo(member(OFFICER).path("address").asText());

    assertThat(failed("request", "accept", request, "--as", OFFICER).err())
        .contains("needs the role CUSTODIAN");
    ok("request", "accept", request, "--as", CUSTODIAN);
    Path response = write("response.txt", "车辆及车主登记信息 浙B·3K829 小型轿车 白色 | 车主: 张某 | " + number);
    assertThat(
            failed(
                    "request",
                    "fulfil",
                    request,
                    tmp.resolve("no-response.txt").toString(),
                    "--as",
                    CUSTODIAN)
                .err())
        .contains("no such file");
    ok("request", "fulfil", request, response.toString(), "--as", CUSTODIAN);

    Path received = tmp.resolve("files/received-" + CASES.get() + ".txt");
    assertThat(
            failed("request", "confirm", request, "--out", received.toString(), "--as", CAPTAIN)
                .err())
        .contains("only the request's creator " + OFFICER);
    assertThat(received).doesNotExist();
    assertThat(misused("request", "confirm", request, "--as", OFFICER).err())
        .contains("--out FILE");
    ok("request", "confirm", request, "--out", received.toString(), "--as", OFFICER);
    assertThat(received).hasSameBinaryContentAs(response);

    JsonNode shown = json("request", "show", request, "--as", OFFICER);
    assertThat(shown.path("status").asText()).isEqualTo("CONFIRMED");
    assertThat(shown.path("transitions").findValuesAsText("status"))
        .containsExactly(
            "CREATED", "APPROVED", "LETTER_BOUND", "ACCEPTED", "FULFILLED", "CONFIRMED");
    assertThat(shown.path("letterId").asText()).isEqualTo(letter);
    assertThat(
            json("request", "list", "--as", CUSTODIAN, "--side", "target")
                .path("received")
                .findValuesAsText("requestId"))
        .contains(request);
    assertThat(json("letter", "list", "--as", OFFICER).path("letters").findValuesAsText("letterId"))
        .contains(letter);

    assertThat(failed("letter", "revoke", letter, "--reason", "案件已结", "--as", OFFICER).err())
        .contains("needs the role OFFICE");
    ok("letter", "revoke", letter, "--reason", "案件已结", "--as", OFFICE);
    assertThat(json("letter", "show", letter).path("state").asText()).isEqualTo("REVOKED");

    assertThat(failed("request", "show", "0x" + "cd".repeat(32), "--as", OFFICER).err())
        .contains("unknown request");
    assertThat(misused("request", "approve", "12345", "--as", CAPTAIN).err()).contains("not an id");
    assertThat(
            misused(
                    "request",
                    "create",
                    "--case",
                    number,
                    "--to",
                    "JB-JJDD",
                    "--categories",
                    "cars",
                    "--query",
                    "q",
                    "--as",
                    OFFICER)
                .err())
        .contains("unknown data category 'cars'");
  }

  @Test
  void rejectedRequestGoesNoFurther() throws IOException {
    String number = openCase();
    String request =
        json(
                "request",
                "create",
                "--case",
                number,
                "--to",
                "JB-JJDD",
                "--categories",
                "SURVEILLANCE_VIDEO",
                "--query",
                "洪塘街道 路口 2026-03-01 08:00",
                "--as",
                OFFICER)
            .path("request")
            .asText();
    ok("request", "approve", request, "--as", CAPTAIN);
    ok("letter", "issue", "--request", request, "--purpose", "调取监控视频", "--as", OFFICE);
    ok("request", "reject", request, "--reason", "超出保存期限", "--as", CUSTODIAN);
    assertThat(json("request", "show", request, "--as", OFFICER).path("status").asText())
        .isEqualTo("REJECTED");
    assertThat(failed("request", "accept", request, "--as", CUSTODIAN).err())
        .contains("is REJECTED: this step is not possible now");
  }

  // ---------------------------------------------------------------- another node, the indexer

  @Test
  void actsOnANodeGivenByUrlContractsAndKey() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("elsewhere"));
    String number = caseNumber();
    String rpc = dev.path("rpc").asText();
    Path contracts = home.resolve("dev/contracts.json");
    Cli.Result opened =
        Cli.run(
            "case",
            "open",
            number,
            "--type",
            "7",
            "--rpc",
            rpc,
            "--contracts",
            contracts.toString(),
            "--key",
            "seed:officer",
            "--home",
            empty.toString());
    assertThat(opened.exitCode()).as(opened.toString()).isZero();
    // No dev.json there: the department is read from the chain, the member has no name.
    assertThat(opened.out()).contains(member(OFFICER).path("address").asText() + " (JB-ZHXZZF)");
    assertThat(json("case", "show", number).at("/case/caseType").asInt()).isEqualTo(7);

    assertThat(refused(2, Cli.run("case", "list", "--rpc", rpc, "--key", "seed:officer")).err())
        .contains("--rpc needs --contracts");
    assertThat(
            refused(
                    1,
                    Cli.run(
                        "case",
                        "show",
                        number,
                        "--rpc",
                        rpc,
                        "--contracts",
                        contracts.toString(),
                        "--home",
                        empty.toString()))
                .err())
        .contains("--index");
  }

  @Test
  void indexServeRunsTheIndexerInTheForegroundUntilStopped() throws Exception {
    String rpc = dev.path("rpc").asText();
    String contracts = home.resolve("dev/contracts.json").toString();
    String tokens = home.resolve("dev/tokens.json").toString();
    Path data = tmp.resolve("serve-index");
    assertThat(refused(2, Cli.run("index", "serve")).err()).contains("Missing required options");
    assertThat(
            refused(
                    2,
                    Cli.run(
                        "index",
                        "serve",
                        "--rpc",
                        "ftp://node",
                        "--contracts",
                        contracts,
                        "--data",
                        data.toString(),
                        "--tokens",
                        tokens))
                .err())
        .contains("expected a http or https URL");
    assertThat(
            refused(
                    2,
                    Cli.run(
                        "index",
                        "serve",
                        "--rpc",
                        rpc,
                        "--contracts",
                        contracts,
                        "--data",
                        data.toString(),
                        "--tokens",
                        tokens,
                        "--blobs",
                        tmp.toString()))
                .err())
        .contains("--blobs needs --department");

    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve =
        new ProcessBuilder(
                javaBin,
                "-cp",
                System.getProperty("java.class.path"),
                "cn.yunxi.cli.YunxiCli",
                "index",
                "serve",
                "--rpc",
                rpc,
                "--contracts",
                contracts,
                "--data",
                data.toString(),
                "--tokens",
                tokens,
                "--port",
                "0",
                "--start-block",
                dev.path("deployedAtBlock").asText())
            .redirectErrorStream(true)
            .start();
    try {
      LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                try (var in = serve.inputReader(StandardCharsets.UTF_8)) {
                  in.lines().forEach(lines::add);
                } catch (IOException | java.io.UncheckedIOException ended) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
      String api = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (api == null && System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && line.strip().startsWith("API:")) {
          api = line.strip().substring("API:".length()).strip();
        }
        assertThat(serve.isAlive() || !lines.isEmpty())
            .as("the indexer stopped: " + lines)
            .isTrue();
      }
      assertThat(api).as("no API line from `yunxi index serve`: " + lines).isNotNull();

      IndexClient index =
          IndexClient.builder().endpoint(api).token(dev.at("/auditor/token").asText()).build();
      String number = openCase();
      long head = new cn.yunxi.cli.dev.RpcCalls(java.net.URI.create(rpc)).blockNumber();
      while (index.status().data().checkpoint().number() < head) {
        assertThat(System.nanoTime())
            .as("the served index did not reach block " + head)
            .isLessThan(deadline + Duration.ofSeconds(30).toNanos());
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      }
      assertThat(index.caseState(CaseIds.of(number)).data().status().name()).isEqualTo("OPENED");
    } finally {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
    assertThat(serve.isAlive()).isFalse();
  }

  @Test
  void helpListsTheUserCommands() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("case")
        .contains("evidence")
        .contains("letter")
        .contains("request")
        .contains("index");
    Cli.Result deposit = Cli.run("evidence", "deposit", "--help");
    assertThat(deposit.out())
        .contains("--case")
        .contains("--as")
        .contains("--key")
        .contains("--json");
  }

  JsonNode member(String name) {
    for (JsonNode m : dev.path("members")) {
      if (m.path("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no member " + name);
  }

  /** Case ids as the chain computes them. */
  static final class CaseIds {
    static cn.yunxi.sdk.model.Bytes32 of(String number) {
      return cn.yunxi.sdk.CaseOperations.caseIdOf(number);
    }
  }
}
