package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.gateway.GatewaySettings;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.Signature;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.utils.Numeric;

/**
 * Abuse of the API and the gateway by callers who send what they should not: no, unknown or
 * malformed tokens; malformed ids, cursors, limits, statuses, times and zones; huge parameters and
 * headers; malformed and oversized bodies; forged, replayed, expired and misdirected challenge
 * signatures. Every answer is a 4xx with a JSON error — never a 5xx, and never a blob. A real
 * server on a real (empty) RocksDB index; no chain is needed to be refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAbuseTest {
  private static final String AUDITOR = "auditor-token-0123456789";
  private static final String TRAFFIC = "traffic-token-0123456789";
  private static final long CHAIN_ID = 20_261_128L;
  private static final Bytes32 GATEWAY = Bytes32.fromAscii("JB-JJDD");
  private static final String CASE =
      "0xabababababababababababababababababababababababababababababababab";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T08:00:00Z"));
  private final Signer member = Signers.privateKey(BigInteger.valueOf(0x5EED1L));
  private final Signer stranger = Signers.privateKey(BigInteger.valueOf(0x5EED2L));
  private IndexServer server;
  private URI url;
  private byte[] blob;
  private BlobRef ref;

  @BeforeAll
  void start() {
    EventDecoder decoder =
        EventDecoder.of(
            ContractAddresses.fromHex(
                "0x0000000000000000000000000000000000000001",
                "0x0000000000000000000000000000000000000002",
                "0x0000000000000000000000000000000000000003",
                "0x0000000000000000000000000000000000000004",
                "0x0000000000000000000000000000000000000005"));
    LocalBlobStore store = LocalBlobStore.open(dir.resolve("blobs"));
    blob = "an encrypted envelope nobody here is entitled to".getBytes(StandardCharsets.UTF_8);
    ref = store.put(blob);
    server =
        IndexServer.builder()
            .indexDirectory(dir.resolve("index"), decoder, ManifestSource.none())
            .tokens(
                TokenRegistry.builder()
                    .auditor("audit", AUDITOR)
                    .department("traffic", TRAFFIC, GATEWAY)
                    .build())
            .gateway(new GatewaySettings(CHAIN_ID, GATEWAY, Duration.ofSeconds(60), 50), store)
            .clock(clock)
            .start();
    url = server.url();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  // ---------------------------------------------------------------- tokens

  @Test
  void noTokenIsAskedForOne() {
    HttpResponse<byte[]> r = Http.get(url, "/status", null);
    assertRefused(r, 401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer wrong-token-0123456789",
        "Bearer ",
        "Bearer",
        "bearer auditor-token-012345678",
        "Basic YXVkaXRvcjphdWRpdG9yLXRva2Vu",
        "auditor-token-0123456789",
        "Bearer auditor-token-0123456789x",
        "Bearer  auditor-token-0123456789 extra"
      })
  void aWrongOrMalformedTokenIsUnauthorised(String authorization) {
    HttpResponse<byte[]> r =
        Http.send(Http.request(url, "/status").header("Authorization", authorization).build());
    assertRefused(r, 401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void aHugeTokenIsRefusedWithoutAnError() {
    String huge = "x".repeat(12_000);
    assertRefused(Http.get(url, "/status", huge), 401);
    assertClientError(Http.get(url, "/status", "x".repeat(40_000)));
  }

  @Test
  void aDepartmentTokenCannotReadAnotherDepartment() {
    assertRefused(Http.get(url, "/departments/JB-ZHXZZF/cases", TRAFFIC), 403);
    assertRefused(Http.get(url, "/departments/JB-ZHXZZF/statistics/case-cycle", TRAFFIC), 403);
    assertThat(Http.get(url, "/departments/JB-JJDD/cases", TRAFFIC).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- parameters

  static Stream<Arguments> malformedQueries() {
    String dept = "/departments/JB-JJDD";
    return Stream.of(
            "/cases/0x123",
            "/cases/" + "ab".repeat(32),
            "/cases/0x" + "zz".repeat(32),
            "/cases/0x" + "ab".repeat(33),
            "/cases?number=",
            "/cases?number=" + "n".repeat(300),
            "/cases",
            "/cases/" + CASE + "/timeline?limit=0",
            "/cases/" + CASE + "/timeline?limit=501",
            "/cases/" + CASE + "/timeline?limit=-1",
            "/cases/" + CASE + "/timeline?limit=abc",
            "/cases/" + CASE + "/timeline?limit=99999999999999999999",
            "/cases/" + CASE + "/timeline?limit=1.5",
            "/cases/" + CASE + "/timeline?cursor=!!!",
            "/cases/" + CASE + "/timeline?cursor=" + "A".repeat(600),
            "/cases/" + CASE + "/evidence?cursor=a%2Bb%2F",
            dept + "/cases?cursor=AQ",
            dept + "/cases?cursor=AgMEBQ",
            dept + "/letters?cursor=" + "_".repeat(40),
            dept + "/requests?cursor=AQE" + "A".repeat(60),
            "/evidence/nothex",
            "/evidence?sha256=0x12",
            "/evidence?sm3=" + "ab".repeat(32),
            "/evidence?sha256=" + CASE + "&sm3=" + CASE,
            "/evidence",
            "/evidence/" + CASE + "/custody?limit=1000",
            "/requests/0x",
            "/letters/" + CASE + "x",
            "/letters",
            "/letters?holder=0x1234",
            "/letters?holder=" + CASE,
            "/departments/not%20a%20department/cases",
            "/departments/0x12/cases",
            "/departments/0x" + "00".repeat(32) + "/cases",
            "/departments/" + "D".repeat(33) + "/cases",
            dept + "/requests?side=sideways",
            dept + "/requests?status=LOST",
            dept + "/requests?status=NONE",
            dept + "/requests?status=" + "x".repeat(2_000),
            dept + "/activity?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z",
            dept + "/activity?from=yesterday",
            dept + "/activity?from=2026-13-01T00:00:00Z",
            dept + "/activity?to=-5",
            dept + "/activity?from=99999999999999",
            dept + "/statistics/case-cycle?zone=Mars/Olympus_Mons",
            dept + "/statistics/case-cycle?zone=" + "Z".repeat(100),
            dept + "/statistics/case-cycle?zone=%00",
            dept + "/statistics/case-cycle?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
            dept + "/statistics/request-turnaround?side=both",
            dept
                + "/statistics/request-turnaround?from=2026-03-01T00:00:00Z&to=2026-03-01T00:00:00Z")
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("malformedQueries")
  void malformedInputIsABadRequest(String pathAndQuery) {
    assertRefused(Http.get(url, pathAndQuery, AUDITOR), 400);
  }

  @Test
  void anUnknownCaseIsNotFoundForTheAuditorAndForbiddenForADepartment() {
    assertRefused(Http.get(url, "/cases/" + CASE, AUDITOR), 404);
    // A department cannot tell another department's case from none: no probing of case numbers.
    assertRefused(Http.get(url, "/cases/" + CASE, TRAFFIC), 403);
    assertRefused(Http.get(url, "/cases?number=" + enc("甬江北综执立字〔2026〕第1号"), TRAFFIC), 403);
  }

  @Test
  void hugeParametersAreRefused() {
    String big = "a".repeat(20_000);
    assertClientError(Http.get(url, "/cases?number=" + big, AUDITOR));
    assertClientError(Http.get(url, "/cases/" + CASE + "/timeline?cursor=" + big, AUDITOR));
    assertClientError(
        Http.send(
            Http.request(url, "/status")
                .header("Authorization", "Bearer " + AUDITOR)
                .header("X-Padding", "p".repeat(40_000))
                .build()));
  }

  @Test
  void unknownRoutesAndMethodsAreRefusedInTheApisErrorShape() {
    assertRefused(Http.get(url, "/nothing/here", AUDITOR), 404);
    assertRefused(Http.get(url, "/nothing/here", null), 401);
    assertRefused(Http.get(url, "/console/../status", null), 401);
    assertClientError(
        Http.send(
            Http.request(url, "/status")
                .header("Authorization", "Bearer " + AUDITOR)
                .DELETE()
                .build()));
    assertClientError(
        Http.send(
            Http.request(url, "/cases/" + CASE)
                .header("Authorization", "Bearer " + AUDITOR)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":"))
                .build()));
  }

  @Test
  void theOpenApiDocumentIsPublicAndTheRestIsNot() {
    assertThat(Http.get(url, "/openapi.yml", null).statusCode()).isEqualTo(200);
    assertRefused(Http.get(url, "/openapi.yml/../status", null), 401);
  }

  // ---------------------------------------------------------------- challenge bodies

  static Stream<Arguments> malformedChallengeBodies() {
    return Stream.of(
            "{",
            "[]",
            "\"account\"",
            "{\"account\":123}",
            "{\"account\":\"0x1234\"}",
            "{\"account\":[\"0x" + "12".repeat(20) + "\"]}",
            "{\"account\":\"0x" + "zz".repeat(20) + "\"}",
            "not json at all",
            "{\"account\":\"0x" + "12".repeat(20) + "\"" + ",\"x\":" + "[".repeat(5_000))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("malformedChallengeBodies")
  void aMalformedChallengeBodyIsABadRequest(String body) {
    assertRefused(postChallenge(body, "application/json"), 400);
  }

  @Test
  void anOversizedChallengeBodyIsRefused() {
    HttpResponse<byte[]> r =
        postChallenge("{\"pad\":\"" + "p".repeat(200_000) + "\"}", "application/json");
    assertClientError(r);
  }

  @Test
  void challengesAreBounded() {
    GatewaySettings tiny = new GatewaySettings(CHAIN_ID, GATEWAY, Duration.ofSeconds(60), 2);
    try (IndexServer small =
        IndexServer.builder()
            .indexDirectory(dir.resolve("index-small"), decoderOfNothing(), ManifestSource.none())
            .tokens(TokenRegistry.builder().auditor("audit", AUDITOR).build())
            .gateway(tiny, LocalBlobStore.open(dir.resolve("blobs-small")))
            .clock(clock)
            .start()) {
      URI base = small.url();
      assertThat(Http.send(challengeRequest(base, "")).statusCode()).isEqualTo(200);
      assertThat(Http.send(challengeRequest(base, "")).statusCode()).isEqualTo(200);
      assertRefused(Http.send(challengeRequest(base, "")), 429);
      // Expired ones make room again.
      clock.advance(Duration.ofSeconds(61));
      assertThat(Http.send(challengeRequest(base, "")).statusCode()).isEqualTo(200);
    }
  }

  // ---------------------------------------------------------------- blob requests

  @Test
  void aBlobWithoutChallengeOrSignatureIsUnauthorised() {
    HttpResponse<byte[]> r = blobRequest(ref.hex(), "?case=" + CASE, null, null);
    assertRefused(r, 401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Yunxi-Challenge"));
    Bytes32 challenge = challenge(member);
    assertRefused(blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), null), 401);
  }

  @Test
  void aForgedSignatureIsUnauthorised() {
    Bytes32 challenge = challenge(member);
    byte[] random = new byte[65];
    Arrays.fill(random, (byte) 0x42);
    random[64] = 27;
    assertRefused(blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), hex(random)), 401);
    // The challenge was spent by the failed attempt: the right signature cannot use it now.
    assertRefused(
        blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), sign(member, ref, challenge)),
        401);
  }

  @Test
  void malformedSignaturesAndChallengesAreUnauthorised() {
    for (String signature :
        new String[] {"0x", "0x1234", "zz", "0x" + "ab".repeat(66), "0x" + "gg".repeat(65)}) {
      assertRefused(
          blobRequest(ref.hex(), "?case=" + CASE, challenge(member).toHex(), signature), 401);
    }
    for (String challenge : new String[] {"0x12", "hello", "0x" + "00".repeat(32)}) {
      assertRefused(
          blobRequest(ref.hex(), "?case=" + CASE, challenge, sign(member, ref, Bytes32.ZERO)), 401);
    }
  }

  @Test
  void aHighSTwinOfAValidSignatureIsRefused() {
    Bytes32 challenge = challenge(member);
    Signature s = member.sign(GatewayBlobStore.accessDigest(CHAIN_ID, GATEWAY, ref, challenge));
    BigInteger n =
        new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
    BigInteger highS = n.subtract(new BigInteger(1, s.s()));
    byte[] twin = s.toBytes();
    System.arraycopy(Numeric.toBytesPadded(highS, 32), 0, twin, 32, 32);
    twin[64] = (byte) (twin[64] == 27 ? 28 : 27);
    assertRefused(blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), hex(twin)), 401);
  }

  @Test
  void aReplayedChallengeIsUnauthorised() {
    Bytes32 challenge = challenge(member);
    String signature = sign(member, ref, challenge);
    // The first use is refused for want of membership (an empty index), and spends the challenge.
    assertRefused(blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), signature), 403);
    assertRefused(blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), signature), 401);
  }

  @Test
  void anExpiredChallengeIsUnauthorised() {
    Bytes32 challenge = challenge(member);
    clock.advance(Duration.ofSeconds(61));
    assertRefused(
        blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), sign(member, ref, challenge)),
        401);
  }

  @Test
  void aChallengeIssuedToOneAccountCannotBeUsedByAnother() {
    Bytes32 challenge = challenge(member);
    assertRefused(
        blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), sign(stranger, ref, challenge)),
        401);
  }

  @Test
  void aSignatureForAnotherChainGatewayOrBlobIsUnauthorised() {
    BlobRef other = BlobRef.ofContent("other".getBytes(StandardCharsets.UTF_8));
    Bytes32 c1 = challenge(member);
    String otherChain =
        hex(member.sign(GatewayBlobStore.accessDigest(CHAIN_ID + 1, GATEWAY, ref, c1)).toBytes());
    assertRefused(blobRequest(ref.hex(), "?case=" + CASE, c1.toHex(), otherChain), 401);
    Bytes32 c2 = challenge(member);
    String otherGateway =
        hex(
            member
                .sign(
                    GatewayBlobStore.accessDigest(
                        CHAIN_ID, Bytes32.fromAscii("JB-ZHXZZF"), ref, c2))
                .toBytes());
    assertRefused(blobRequest(ref.hex(), "?case=" + CASE, c2.toHex(), otherGateway), 401);
    Bytes32 c3 = challenge(member);
    assertRefused(
        blobRequest(ref.hex(), "?case=" + CASE, c3.toHex(), sign(member, other, c3)), 401);
  }

  @Test
  void aWellSignedRequestByANonMemberIsForbidden() {
    Bytes32 challenge = challenge(null);
    assertRefused(
        blobRequest(ref.hex(), "?case=" + CASE, challenge.toHex(), sign(stranger, ref, challenge)),
        403);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "?case=0x12",
        "?case=" + CASE + "&evidence=" + CASE,
        "?request=nothex",
        "?batch=" + CASE + "&batch=" + CASE + "0"
      })
  void aBlobRequestMustNameItsRecord(String query) {
    Bytes32 challenge = challenge(member);
    assertRefused(
        blobRequest(ref.hex(), query, challenge.toHex(), sign(member, ref, challenge)), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1234", "xyz", "..%2F..%2Fetc%2Fpasswd"})
  void aMalformedBlobReferenceIsABadRequest(String reference) {
    Bytes32 challenge = challenge(member);
    HttpResponse<byte[]> r =
        blobRequest(reference, "?case=" + CASE, challenge.toHex(), sign(member, ref, challenge));
    assertClientError(r);
  }

  // ---------------------------------------------------------------- helpers

  private HttpResponse<byte[]> postChallenge(String body, String contentType) {
    return Http.send(
        Http.request(url, "/gateway/challenges")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpRequest challengeRequest(URI base, String body) {
    return Http.request(base, "/gateway/challenges")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** A fresh challenge, bound to {@code account}'s address unless null. */
  private Bytes32 challenge(Signer account) {
    String body = account == null ? "" : "{\"account\":\"" + account.address().toHex() + "\"}";
    HttpResponse<byte[]> r = Http.send(challengeRequest(url, body));
    assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
    try {
      JsonNode node = JSON.readTree(r.body());
      assertThat(node.get("chainId").asLong()).isEqualTo(CHAIN_ID);
      assertThat(node.get("gateway").asText()).isEqualTo(GATEWAY.toHex());
      assertThat(Instant.parse(node.get("expiresAt").asText())).isAfter(clock.instant());
      return Bytes32.fromHex(node.get("challenge").asText());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String sign(Signer who, BlobRef blob, Bytes32 challenge) {
    return hex(
        who.sign(GatewayBlobStore.accessDigest(CHAIN_ID, GATEWAY, blob, challenge)).toBytes());
  }

  private HttpResponse<byte[]> blobRequest(
      String reference, String query, String challenge, String signature) {
    HttpRequest.Builder b = Http.request(url, "/blobs/" + reference + query).GET();
    if (challenge != null) {
      b.header(GatewayBlobStore.CHALLENGE_HEADER, challenge);
    }
    if (signature != null) {
      b.header(GatewayBlobStore.SIGNATURE_HEADER, signature);
    }
    return Http.send(b.build());
  }

  /** A refusal with this status and the API's error body — and never the blob's bytes. */
  private void assertRefused(HttpResponse<byte[]> r, int status) {
    assertThat(r.statusCode()).as("%s → %s", r.uri(), Http.text(r)).isEqualTo(status);
    assertErrorBody(r);
  }

  /** Some 4xx — the exact one is Netty's or Micronaut's — never a 5xx, never the blob. */
  private void assertClientError(HttpResponse<byte[]> r) {
    assertThat(r.statusCode()).as("%s → %s", r.uri(), Http.text(r)).isBetween(400, 499);
    assertThat(r.body()).isNotEqualTo(blob);
    assertThat(Http.text(r)).doesNotContain(new String(blob, StandardCharsets.UTF_8));
  }

  private void assertErrorBody(HttpResponse<byte[]> r) {
    assertThat(r.body()).isNotEqualTo(blob);
    try {
      JsonNode node = JSON.readTree(r.body());
      assertThat(node.isObject()).isTrue();
      assertThat(node.get("error").asText()).isNotBlank();
      assertThat(node.size()).isEqualTo(1);
    } catch (java.io.IOException e) {
      throw new AssertionError("not a JSON error: " + Http.text(r), e);
    }
  }

  private static EventDecoder decoderOfNothing() {
    return EventDecoder.of(
        ContractAddresses.fromHex(
            "0x0000000000000000000000000000000000000001",
            "0x0000000000000000000000000000000000000002",
            "0x0000000000000000000000000000000000000003",
            "0x0000000000000000000000000000000000000004",
            "0x0000000000000000000000000000000000000005"));
  }

  private static String hex(byte[] bytes) {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
