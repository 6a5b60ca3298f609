package cn.yunxi.indexer.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.CaseOperations;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The auditor console in headless Chromium against the real server, with the index of the seed
 * workflow on Anvil ({@link SeededServer}): sign-in (and the 401 of a wrong token), the seed case's
 * timeline in Chinese and then English, its requests, letters, credentials and checks, paging with
 * the cursor, a deposited file verified and a tampered one not found, the charts, and no script
 * error in the browser's console throughout.
 *
 * <p>Chromium and chromedriver are the system's ({@code /usr/bin/chromium}, {@code
 * /usr/bin/chromedriver}; other paths with {@code -Dconsole.chromium=…}, {@code
 * -Dconsole.chromedriver=…}). Without them the test fails: a console nobody tested is no console.
 */
@ExtendWith(SeededServer.Resolver.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path SCREENSHOTS = Path.of("target", "console-it");

  /**
   * The test speaks WebDriver only, not the DevTools protocol, for which Selenium warns that it has
   * no bindings as new as the system's Chromium. Held here: JUL keeps loggers weakly.
   */
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP_LOG.setLevel(Level.SEVERE);
  }

  /** Where to keep screenshots of the main views, for a look at the console; none if unset. */
  private static final String SNAPSHOTS = System.getProperty("console.screenshots");

  private SeededServer seed;
  private Path workDir;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private final List<LogEntry> consoleLog = new ArrayList<>();

  /** Failed requests a test provokes: Chrome logs each as an error, which is no script error. */
  private final List<String> expectedFailures = new ArrayList<>();

  /** A failed test leaves a screenshot of what the browser showed. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
          Files.createDirectories(SCREENSHOTS);
          byte[] png = driver.getScreenshotAs(OutputType.BYTES);
          Files.write(SCREENSHOTS.resolve(context.getRequiredTestMethod().getName() + ".png"), png);
        }
      };

  @BeforeAll
  void startBrowser(SeededServer seed) throws IOException {
    this.seed = seed;
    Path chromium = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
    for (Path p : List.of(chromium, chromedriver)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(
            p
                + " is missing: the console test needs Chromium and its driver"
                + " (Debian: apt-get install chromium chromium-driver)");
      }
    }
    workDir = Files.createTempDirectory("yunxi-console-it");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        // Without these Chromium dials out at start-up, and on a closed network its own
        // connections to the test server are refused while it waits.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(workDir.resolve("profile")),
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (workDir != null) {
      try (var files = Files.walk(workDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Every test starts signed out, in Chinese, with an empty browser log. */
  @BeforeEach
  void freshConsole() {
    driver.get(console());
    js("window.localStorage.clear(); window.sessionStorage.clear();");
    driver.navigate().refresh();
    waitUntilReady();
    drainLog();
    consoleLog.clear();
    expectedFailures.clear();
  }

  /** The browser's console took no error, except the failed requests a test expected. */
  @AfterEach
  void noScriptErrors() {
    drainLog();
    List<String> errors =
        consoleLog.stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> expectedFailures.stream().noneMatch(m::matches))
            .toList();
    assertThat(errors).as("errors in the browser's console").isEmpty();
  }

  private void expectFailedRequest(String pathPattern, int status) {
    expectedFailures.add(
        ".*"
            + pathPattern
            + " - Failed to load resource: the server responded with a status of "
            + status
            + ".*");
  }

  @Test
  void aWrongTokenGetsTheUnauthorizedMessage() {
    expectFailedRequest("/status", 401);
    signInWith("not-a-token-of-this-server");
    WebElement message = waitVisible(By.cssSelector("#signin-message[data-status='401']"));
    assertThat(message.getText()).contains("身份验证失败").contains("unknown token");
    assertThat(driver.findElement(By.id("workspace")).isDisplayed()).isFalse();
    assertThat(js("return window.sessionStorage.getItem('yunxi.console.token')")).isNull();
    snapshot("signin-401");
    // The refused request is in the browser's log: proof that the log is read at all, so that
    // the check for script errors after every test is no empty formality.
    wait.until(
        d -> {
          drainLog();
          return consoleLog.stream().anyMatch(e -> e.getMessage().contains("status of 401"));
        });
  }

  @Test
  void theSeedCaseTimelineReadsInChineseThenInEnglish() {
    signInAsAuditor();
    WebElement status = waitVisible(By.id("status"));
    assertThat(status.getText()).contains("已索引区块 #").contains("落后节点 3 块");

    searchCase(seed.caseNumber());
    // The timeline comes first; the request and letter its events name, and the members'
    // records, load after it and redraw it. Assertions start once everything has arrived.
    waitFor(By.cssSelector("#timeline .event[data-type='CaseClosed']"));
    waitFor(By.cssSelector("#requests [data-request] .badge[data-value='CONFIRMED']"));
    waitFor(By.cssSelector("#letters [data-letter]"));
    waitFor(By.cssSelector("#credentials [data-verdict='valid']"));
    waitFor(By.cssSelector("#checks [data-check='credentials'].check-pass"));

    assertThat(texts("#timeline .event-title"))
        .containsSubsequence(
            "立案", "调查", "证据存证", "证据批量存证", "调取申请", "介绍信（出具电子介绍信）", "调取答复（盖章）", "处罚决定", "缴款", "结案");
    // Who: the officer's address, with the role and department of its member record.
    assertThat(text("#timeline .event[data-type='CaseOpened'] .event-who"))
        .contains("0x")
        .contains("执法队员")
        .contains("宁波市江北区综合行政执法局")
        .contains("JB-ZHXZZF");
    assertThat(text("#timeline .event[data-type='RequestFulfilled'] .event-who"))
        .contains("数据管理员")
        .contains("JB-JJDD");
    assertThat(text("#timeline .event[data-type='CaseDecided']"))
        .contains("队长")
        .contains("适用法律条款哈希")
        .contains("¥500.00");
    assertThat(text("#case-summary")).contains(seed.caseNumber()).contains("已结案");
    assertThat(text("#requests")).contains("已确认收悉").contains("车主登记信息").contains("JB-JJDD");
    assertThat(text("#letters")).contains("有效").contains("JB-ZHXZZF");
    assertThat(driver.findElements(By.cssSelector("#evidence .item"))).hasSize(5);
    for (String check : List.of("opened", "evidence", "provisions", "letters", "closed")) {
      assertThat(
              driver
                  .findElement(By.cssSelector("#checks [data-check='" + check + "']"))
                  .getAttribute("class"))
          .as("supervision check %s", check)
          .contains("check-pass");
    }

    snapshot("case-zh");
    driver.findElement(By.id("lang-switch")).click();
    wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(texts("#timeline .event-title"))
        .containsSubsequence(
            "Case opened",
            "Investigation started",
            "Evidence deposited",
            "Data request filed",
            "Introduction letter issued",
            "Penalty decision",
            "Fine paid",
            "Case closed");
    assertThat(text("#case-summary")).contains("Closed").contains("Handling department");
    assertThat(text("#checks-title")).isEqualTo("Supervision checks");
    assertThat(text("#checks")).contains("Satisfied").doesNotContain("符合");
    assertThat(text("#tab-verify")).isEqualTo("Verify a file");
    js("document.getElementById('timeline-title').scrollIntoView()");
    snapshot("case-en-timeline");

    // The choice is remembered, and the token kept for the tab, across a reload.
    driver.navigate().refresh();
    waitUntilReady();
    assertThat(text("#tab-case")).isEqualTo("Case timeline");
    assertThat(driver.findElement(By.id("workspace")).isDisplayed()).isTrue();
  }

  @Test
  void theTimelinePagesWithTheCursor() {
    signInAsAuditor();
    new Select(driver.findElement(By.id("page-size"))).selectByValue("10");
    searchCase(seed.caseNumber());
    wait.until(d -> d.findElements(By.cssSelector("#timeline .event")).size() == 10);
    WebElement more = waitVisible(By.id("timeline-more"));
    assertThat(text("#timeline-count")).contains("已加载 10 条");
    more.click();
    waitFor(By.cssSelector("#timeline .event[data-type='CaseClosed']"));
    int total = driver.findElements(By.cssSelector("#timeline .event")).size();
    assertThat(total).isGreaterThan(10);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("timeline-more")));
    assertThat(text("#timeline-count")).contains("共 " + total + " 条");
    assertThat(texts("#timeline .event-title")).startsWith("立案").endsWith("结案");
  }

  @Test
  void aDepositedFileIsVerifiedAndATamperedOneIsNotFound() throws Exception {
    signInAsAuditor();
    driver.findElement(By.id("tab-verify")).click();
    Path original = Files.write(workDir.resolve("scene-photo.jpg"), seed.depositedFile());
    byte[] tamperedBytes = seed.depositedFile();
    tamperedBytes[tamperedBytes.length - 1] ^= 1;
    Path tampered = Files.write(workDir.resolve("scene-photo-edited.jpg"), tamperedBytes);

    String sha256 = sha256Hex(seed.depositedFile());
    Map<?, ?> deposit = firstDeposit(sha256);

    driver.findElement(By.id("verify-file")).sendKeys(original.toString());
    WebElement found = waitVisible(By.cssSelector("#verify-results [data-state='found']"));
    assertThat(found.getText())
        .contains("scene-photo.jpg")
        .contains(sha256)
        .contains("已存证")
        .contains("单条存证")
        .contains("宁波市江北区综合行政执法局");
    assertThat(found.findElement(By.cssSelector(".depositor code")).getAttribute("title"))
        .isEqualTo(deposit.get("submittedBy"));
    assertThat(found.findElement(By.cssSelector(".deposited-at time")).getAttribute("datetime"))
        .isEqualTo(deposit.get("at"));
    assertThat(found.findElement(By.cssSelector(".case-ref .hash")).getText())
        .isEqualTo(deposit.get("caseId"));

    driver.findElement(By.id("verify-file")).sendKeys(tampered.toString());
    WebElement missing = waitVisible(By.cssSelector("#verify-results [data-state='missing']"));
    assertThat(missing.getText()).contains("scene-photo-edited.jpg").contains("未找到");
    assertThat(missing.getText()).doesNotContain(sha256);
    js("document.querySelector(\"#verify-results [data-state='found']\").scrollIntoView()");
    snapshot("verify");

    // A batched item, by its pasted hash: found with its batch and place in it.
    String batched = batchedItemSha256();
    driver.findElement(By.id("hash-input")).sendKeys(batched);
    driver.findElement(By.cssSelector("#hash-form button[type='submit']")).click();
    WebElement batch =
        waitVisible(By.cssSelector("#verify-results [data-state='found'] [data-source='BATCH']"));
    assertThat(batch.getText()).contains("批量存证").contains("第 0 项").contains("批次根");

    // The found deposit leads to its case's timeline.
    driver
        .findElement(By.cssSelector("#verify-results [data-state='found'] .case-ref button"))
        .click();
    waitFor(By.cssSelector("#timeline .event[data-type='CaseOpened']"));
    assertThat(driver.findElement(By.id("panel-case")).isDisplayed()).isTrue();
  }

  @Test
  void theIncrementalSha256AgreesWithWebCrypto() {
    signInAsAuditor();
    // Large files and plain-http consoles hash with the console's own SHA-256: it must agree with
    // the browser's on lengths around the block and padding boundaries.
    Object mismatches =
        driver.executeAsyncScript(
            """
                const done = arguments[arguments.length - 1];
                import(new URL('js/sha256.js', document.baseURI).href).then(async ({ Sha256, toHex }) => {
                  const bad = [];
                  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70000]) {
                    const data = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
                    const mine = new Sha256();
                    for (let o = 0; o < n; o += 97) mine.update(data.subarray(o, o + 97));
                    const subtle = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
                    if (toHex(mine.digest()) !== subtle) bad.push(n);
                  }
                  done(bad.join(','));
                }, (e) => done('error: ' + e));
                """);
    assertThat(mismatches).isEqualTo("");
  }

  @Test
  void theChartsDrawTheDepartmentsSeries() {
    signInAsAuditor();
    driver.findElement(By.id("tab-charts")).click();
    WebElement dept = driver.findElement(By.id("chart-dept"));
    expectFailedRequest("/statistics/[a-z-]+\\?.*", 400);
    dept.sendKeys("bad department!");
    driver.findElement(By.id("charts-submit")).click();
    WebElement error = waitVisible(By.cssSelector("#charts-message[data-status='400']"));
    assertThat(error.getText()).contains("输入有误").contains("not a department");

    dept.clear();
    dept.sendKeys("JB-ZHXZZF");
    new Select(driver.findElement(By.id("chart-side"))).selectByValue("requester");
    driver.findElement(By.id("charts-submit")).click();
    for (String chart : List.of("chart-turnaround", "chart-cycle")) {
      By points = By.cssSelector("#" + chart + " svg circle.point-median");
      waitFor(points);
      assertThat(driver.findElements(points)).as(chart).isNotEmpty();
      assertThat(driver.findElements(By.cssSelector("#" + chart + " svg circle.point-p90")))
          .isNotEmpty();
      assertThat(texts("#" + chart + " svg .axis-title"))
          .as("axis titles of " + chart)
          .containsExactly("日期", "时长（秒）");
      assertThat(text("#" + chart + " .legend")).contains("中位数").contains("90 分位");
    }
    assertThat(text("#chart-cycle .chart-caption")).contains("JB-ZHXZZF");
    snapshot("charts");

    // The traffic police fulfilled the request but closed no case: one chart, one empty note.
    dept.clear();
    dept.sendKeys("JB-JJDD");
    new Select(driver.findElement(By.id("chart-side"))).selectByValue("target");
    driver.findElement(By.id("charts-submit")).click();
    waitFor(By.cssSelector("#chart-cycle .chart-empty"));
    assertThat(driver.findElements(By.cssSelector("#chart-turnaround svg circle.point-median")))
        .hasSize(1);
    assertThat(text("#chart-cycle")).contains("所选时间段内没有数据");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** A screenshot of the window, if -Dconsole.screenshots names a directory. */
  private void snapshot(String name) {
    if (SNAPSHOTS == null) {
      return;
    }
    try {
      Path dir = Files.createDirectories(Path.of(SNAPSHOTS));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String console() {
    return seed.url() + "/console/";
  }

  private void waitUntilReady() {
    wait.until(d -> "true".equals(js("return document.body.dataset.ready || null")));
  }

  private void signInWith(String token) {
    WebElement field = waitVisible(By.id("token"));
    field.clear();
    field.sendKeys(token);
    driver.findElement(By.id("signin-submit")).click();
  }

  private void signInAsAuditor() {
    signInWith(seed.auditorToken());
    waitVisible(By.id("workspace"));
  }

  private void searchCase(String query) {
    WebElement field = waitVisible(By.id("case-query"));
    field.clear();
    field.sendKeys(query);
    driver.findElement(By.id("case-submit")).click();
  }

  private WebElement waitVisible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private void waitFor(By by) {
    wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText().strip();
  }

  private List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
  }

  private Object js(String script) {
    return driver.executeScript(script);
  }

  private void drainLog() {
    driver.manage().logs().get(LogType.BROWSER).forEach(consoleLog::add);
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return "0x" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /** What the API says of the first deposit with this SHA-256: what the console must show. */
  private Map<?, ?> firstDeposit(String sha256) throws Exception {
    List<?> data = apiData("/evidence?sha256=" + URLEncoder.encode(sha256, StandardCharsets.UTF_8));
    assertThat(data).as("deposits of the seed's photo").hasSize(1);
    return (Map<?, ?>) data.get(0);
  }

  /** The content hash of the first batched item of the seed case (a stand-in, not a file's). */
  private String batchedItemSha256() throws Exception {
    String caseId = CaseOperations.caseIdOf(seed.caseNumber()).toHex();
    return apiData("/cases/" + caseId + "/evidence").stream()
        .map(item -> (Map<?, ?>) item)
        .filter(item -> "BATCH".equals(item.get("source")) && item.get("leafIndex").equals(0))
        .map(item -> (String) item.get("contentSha256"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the seed case has no batched item"));
  }

  /** The data of an API answer, read with the auditor's token. */
  private List<?> apiData(String path) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(seed.url() + path))
                    .header("Authorization", "Bearer " + seed.auditorToken())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(200);
    return (List<?>) new ObjectMapper().readValue(answer.body(), Map.class).get("data");
  }
}
