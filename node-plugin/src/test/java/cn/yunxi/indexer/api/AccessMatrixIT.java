package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.index.EvidenceView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.IndexForbiddenException;
import cn.yunxi.sdk.index.IndexUnauthorizedException;
import cn.yunxi.sdk.index.LetterView;
import cn.yunxi.sdk.index.PageQuery;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees what, route by route: the enforcement bureau's token, the traffic police's, an
 * auditor's, none, and an unknown one, on the seed's records. The bureau owns the main case and the
 * handed-off one; the traffic police were handed the second case and are the target of the request
 * and letter, not a party to the first case.
 */
@ExtendWith(SeedExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRONG_TOKEN = "not-a-token-of-this-server-1234";

  private Seed seed;
  private URI url;

  @BeforeAll
  void connect(Seed seed) {
    this.seed = seed;
    this.url = seed.enforcementServer.url();
  }

  /** A route, and the status the bureau, the traffic police and the auditor each get. */
  record Row(Function<Seed, String> path, int enforcement, int traffic, int auditor) {}

  static Stream<Arguments> matrix() {
    Bytes32 unknown = Bytes32.fromAscii("no such case");
    return Stream.of(
        row("/status", s -> "/status", 200, 200, 200),
        row("/cases/{case}", s -> "/cases/" + s.caseId.toHex(), 200, 403, 200),
        row(
            "/cases?number={caseNumber}",
            s -> "/cases?number=" + enc(Seed.CASE_NUMBER),
            200,
            403,
            200),
        row(
            "/cases/{case}/timeline",
            s -> "/cases/" + s.caseId.toHex() + "/timeline",
            200,
            403,
            200),
        row(
            "/cases/{case}/evidence",
            s -> "/cases/" + s.caseId.toHex() + "/evidence",
            200,
            403,
            200),
        row("/cases/{handedOffCase}", s -> "/cases/" + s.handedOffCase.toHex(), 200, 200, 200),
        row(
            "/cases?number={handedOffNumber}",
            s -> "/cases?number=" + enc(Seed.HANDED_OFF_NUMBER),
            200,
            200,
            200),
        row(
            "/cases/{handedOffCase}/timeline",
            s -> "/cases/" + s.handedOffCase.toHex() + "/timeline",
            200,
            200,
            200),
        row("/cases/{unknownCase}", s -> "/cases/" + unknown.toHex(), 403, 403, 404),
        row("/evidence/{photo}", s -> "/evidence/" + s.photo.evidenceId().toHex(), 200, 403, 200),
        row(
            "/evidence/{photo}/custody",
            s -> "/evidence/" + s.photo.evidenceId().toHex() + "/custody",
            200,
            403,
            200),
        row(
            "/evidence/{fireLanePhoto}",
            s -> "/evidence/" + s.fireLanePhoto.evidenceId().toHex(),
            200,
            200,
            200),
        row(
            "/evidence?sha256={photoSealed}",
            s -> "/evidence?sha256=" + s.photoSealed.sha256().toHex(),
            200,
            200,
            200),
        row(
            "/requests/{request}",
            s -> "/requests/" + s.request.requestId().toHex(),
            200,
            200,
            200),
        row(
            "/evidence/{request}/custody",
            s -> "/evidence/" + s.request.requestId().toHex() + "/custody",
            200,
            200,
            200),
        row("/letters/{letter}", s -> "/letters/" + s.letter.letterId().toHex(), 200, 200, 200),
        row(
            "/letters?holder={officer}",
            s -> "/letters?holder=" + s.officer.account().toHex(),
            200,
            200,
            200),
        row("/departments/JB-ZHXZZF/cases", s -> "/departments/JB-ZHXZZF/cases", 200, 403, 200),
        row("/departments/JB-JJDD/cases", s -> "/departments/JB-JJDD/cases", 403, 200, 200),
        row(
            "/departments/JB-JJDD/requests?side=target",
            s -> "/departments/JB-JJDD/requests?side=target",
            403,
            200,
            200),
        row(
            "/departments/{ENFORCEMENT}/requests",
            s -> "/departments/" + Seed.ENFORCEMENT.toHex() + "/requests",
            200,
            403,
            200),
        row("/departments/JB-ZHXZZF/letters", s -> "/departments/JB-ZHXZZF/letters", 200, 403, 200),
        row("/departments/JB-JJDD/letters", s -> "/departments/JB-JJDD/letters", 403, 200, 200),
        row("/departments/JB-JJDD/activity", s -> "/departments/JB-JJDD/activity", 403, 200, 200),
        row(
            "/departments/JB-ZHXZZF/activity",
            s -> "/departments/JB-ZHXZZF/activity",
            200,
            403,
            200),
        row(
            "/departments/JB-ZHXZZF/statistics/case-cycle",
            s -> "/departments/JB-ZHXZZF/statistics/case-cycle",
            200,
            403,
            200),
        row(
            "/departments/JB-JJDD/statistics/request-turnaround",
            s -> "/departments/JB-JJDD/statistics/request-turnaround",
            403,
            200,
            200));
  }

  private static Arguments row(
      String label, Function<Seed, String> path, int enf, int traffic, int audit) {
    return Arguments.of(Named.of(label, new Row(path, enf, traffic, audit)));
  }

  @ParameterizedTest
  @MethodSource("matrix")
  void eachTokenGetsWhatItIsEntitledTo(Row row) {
    String path = row.path().apply(seed);
    expect(path, Seed.ENFORCEMENT_TOKEN, row.enforcement());
    expect(path, Seed.TRAFFIC_TOKEN, row.traffic());
    expect(path, Seed.AUDITOR_TOKEN, row.auditor());
    HttpResponse<byte[]> none = Http.get(url, path, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(Http.get(url, path, WRONG_TOKEN).statusCode()).isEqualTo(401);
  }

  private void expect(String path, String token, int status) {
    HttpResponse<byte[]> r = Http.get(url, path, token);
    assertThat(r.statusCode()).as("%s with %s: %s", path, token, Http.text(r)).isEqualTo(status);
    JsonNode body = json(r);
    if (status == 200) {
      assertThat(body.get("head").get("number").asLong())
          .isEqualTo(seed.blocks.get(seed.blocks.size() - 1).number());
      assertThat(body.has("data")).isTrue();
      assertThat(body.has("next")).isTrue();
    } else {
      // A refusal says why and nothing else: no data of what was refused.
      assertThat(body.size()).isEqualTo(1);
      assertThat(body.get("error").asText()).isNotBlank();
    }
  }

  @Test
  void listsMixingDepartmentsLeaveOutWhatATokenMayNotSee() {
    IndexClient enforcement = client(Seed.ENFORCEMENT_TOKEN);
    IndexClient traffic = client(Seed.TRAFFIC_TOKEN);
    Bytes32 sha = seed.photoSealed.sha256();
    assertThat(enforcement.evidenceBySha256(sha, PageQuery.first(10)).data())
        .extracting(EvidenceView::evidenceId)
        .containsExactly(seed.photo.evidenceId());
    assertThat(traffic.evidenceBySha256(sha, PageQuery.first(10)).data()).isEmpty();
    // The letter was issued by the bureau and introduces its officer to the traffic police.
    List<LetterView> letters =
        traffic.lettersByHolder(seed.officer.account(), PageQuery.first(5)).data();
    assertThat(letters).extracting(LetterView::letterId).containsExactly(seed.letter.letterId());
  }

  @Test
  void theTypedClientNamesTheRefusal() {
    assertThatThrownBy(() -> client(Seed.TRAFFIC_TOKEN).caseState(seed.caseId))
        .isInstanceOf(IndexForbiddenException.class);
    assertThatThrownBy(() -> client(WRONG_TOKEN).status())
        .isInstanceOf(IndexUnauthorizedException.class);
    assertThatThrownBy(() -> client(null).status()).isInstanceOf(IndexUnauthorizedException.class);
  }

  private IndexClient client(String token) {
    return IndexClient.builder().endpoint(url).token(token).build();
  }

  private static JsonNode json(HttpResponse<byte[]> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + Http.text(r), e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
