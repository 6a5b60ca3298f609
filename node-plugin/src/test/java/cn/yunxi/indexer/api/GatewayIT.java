package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.BlobStoreException;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.blob.GatewayBlobStore.AccessDeniedException;
import cn.yunxi.sdk.blob.GatewayBlobStore.Scope;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.DecryptionKeys;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;

/**
 * The blob gateways on the seed's chain: each department's server hands its encrypted blobs to the
 * consortium members entitled to them on chain — checked against the index's membership and records
 * — and to nobody else. Callers are the SDK's {@link GatewayBlobStore}, signing with member keys,
 * and raw HTTP where a caller misbehaves.
 */
@ExtendWith(SeedExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayIT {
  private Seed seed;
  private Signer officer;
  private Signer captain;
  private Signer custodian;
  private Signer outsider;

  @BeforeAll
  void connect(Seed seed) {
    this.seed = seed;
    officer = signer(seed.chain.officer);
    captain = signer(seed.chain.captain);
    custodian = signer(seed.chain.custodian);
    outsider = Signers.privateKey(BigInteger.valueOf(0x0B51DE4L));
  }

  @Test
  void theRequesterFetchesTheFulfilledResponseVerifiesItAndDecryptsIt() throws Exception {
    Bytes32 responseRef =
        seed.queries.request(seed.request.requestId()).orElseThrow().responseBlobRef();
    BlobRef ref = BlobRef.fromBytes32(responseRef);
    GatewayBlobStore traffic =
        gateway(seed.trafficServer.url(), Seed.TRAFFIC, officer)
            .in(Scope.request(seed.request.requestId()));

    byte[] envelope = traffic.get(ref);
    // The content address holds: these are the very bytes the traffic police stored.
    assertThat(MessageDigest.getInstance("SHA-256").digest(envelope))
        .isEqualTo(responseRef.toByteArray());
    assertThat(traffic.contains(ref)).isTrue();
    assertThat(traffic.size(ref)).isEqualTo(envelope.length);

    // Encrypted end to end: only the requesting department's key opens it.
    DecryptionKey enforcementKey =
        DecryptionKeys.secp256k1(
            Numeric.toBytesPadded(seed.chain.enforcementSeal.getEcKeyPair().getPrivateKey(), 32));
    ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
    ContentDigests digests = EvidenceIntake.create(traffic).open(ref, enforcementKey, plaintext);
    assertThat(plaintext.toByteArray()).isEqualTo(seed.responseContent);
    assertThat(digests.sha256())
        .isEqualTo(seed.queries.request(seed.request.requestId()).orElseThrow().responseHash());

    // Any member of the requesting department may fetch it, not only the officer who asked.
    assertThat(
            gateway(seed.trafficServer.url(), Seed.TRAFFIC, captain)
                .in(Scope.request(seed.request.requestId()))
                .get(ref))
        .isEqualTo(envelope);
  }

  @Test
  void membersOfTheOwningDepartmentAndAuditorsGetTheEvidence() {
    BlobRef photo = seed.photoSealed.blobRef();
    Scope scope = Scope.evidence(seed.photo.evidenceId());
    byte[] stored = read(photo);
    assertThat(
            gateway(seed.enforcementServer.url(), Seed.ENFORCEMENT, captain).in(scope).get(photo))
        .isEqualTo(stored);
    assertThat(
            gateway(seed.enforcementServer.url(), Seed.ENFORCEMENT, seed.auditorKey)
                .in(Scope.caseItem(seed.caseId))
                .get(photo))
        .isEqualTo(stored);
  }

  @Test
  void aDepartmentHandedTheCaseGetsItsEvidence() {
    BlobRef fireLane = seed.fireLaneSealed.blobRef();
    assertThat(
            gateway(seed.enforcementServer.url(), Seed.ENFORCEMENT, custodian)
                .in(Scope.evidence(seed.fireLanePhoto.evidenceId()))
                .get(fireLane))
        .isEqualTo(read(fireLane));
  }

  @Test
  void aMemberOfAnotherDepartmentIsRefusedTheEvidenceAndGetsNoBytes() {
    BlobRef photo = seed.photoSealed.blobRef();
    GatewayBlobStore asCustodian =
        gateway(seed.enforcementServer.url(), Seed.ENFORCEMENT, custodian)
            .in(Scope.evidence(seed.photo.evidenceId()));
    assertThatThrownBy(() -> asCustodian.get(photo))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("403")
        .hasMessageContaining("not entitled");
    assertThatThrownBy(() -> asCustodian.in(Scope.caseItem(seed.caseId)).get(photo))
        .isInstanceOf(AccessDeniedException.class);

    HttpResponse<byte[]> raw =
        signedRequest(
            seed.enforcementServer.url(),
            Seed.ENFORCEMENT,
            custodian,
            photo,
            "?evidence=" + seed.photo.evidenceId().toHex());
    assertThat(raw.statusCode()).isEqualTo(403);
    assertThat(raw.body()).isNotEqualTo(read(photo));
    assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/json");
  }

  @Test
  void aBlobAskedForUnderARecordThatDoesNotNameItIsRefused() {
    BlobRef photo = seed.photoSealed.blobRef();
    // The officer is entitled to the photo — but not by way of the request, which does not name it.
    assertThatThrownBy(
            () ->
                gateway(seed.enforcementServer.url(), Seed.ENFORCEMENT, officer)
                    .in(Scope.request(seed.request.requestId()))
                    .get(photo))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                gateway(seed.enforcementServer.url(), Seed.ENFORCEMENT, officer)
                    .in(Scope.evidence(seed.statement.evidenceId()))
                    .get(photo))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aSignerOutsideTheConsortiumIsRefused() {
    assertThatThrownBy(
            () ->
                gateway(seed.trafficServer.url(), Seed.TRAFFIC, outsider)
                    .in(Scope.request(seed.request.requestId()))
                    .get(responseRef()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("not an active member");
  }

  @Test
  void aChallengeIssuedToOneMemberCannotBeSignedByAnother() {
    URI base = seed.trafficServer.url();
    Bytes32 challenge = challenge(base, officer);
    BlobRef ref = responseRef();
    String signature = sign(custodian, Seed.TRAFFIC, ref, challenge);
    HttpResponse<byte[]> r =
        Http.send(
            Http.request(
                    base, "/blobs/" + ref.hex() + "?request=" + seed.request.requestId().toHex())
                .header(GatewayBlobStore.CHALLENGE_HEADER, challenge.toHex())
                .header(GatewayBlobStore.SIGNATURE_HEADER, signature)
                .build());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(Http.text(r)).contains("another account");
  }

  @Test
  void aSignatureMeantForOneGatewayIsUselessAtAnother() {
    // Signed for the bureau's gateway, presented at the traffic police's.
    URI traffic = seed.trafficServer.url();
    BlobRef ref = responseRef();
    Bytes32 challenge = challenge(traffic, officer);
    HttpResponse<byte[]> r =
        Http.send(
            Http.request(
                    traffic, "/blobs/" + ref.hex() + "?request=" + seed.request.requestId().toHex())
                .header(GatewayBlobStore.CHALLENGE_HEADER, challenge.toHex())
                .header(
                    GatewayBlobStore.SIGNATURE_HEADER,
                    sign(officer, Seed.ENFORCEMENT, ref, challenge))
                .build());
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void theStoreRefusesToSignForAGatewayThatIsNotTheOneItWasConfiguredFor() {
    GatewayBlobStore confused =
        gateway(seed.trafficServer.url(), Seed.ENFORCEMENT, officer)
            .in(Scope.request(seed.request.requestId()));
    assertThatThrownBy(() -> confused.get(responseRef()))
        .isInstanceOf(BlobStoreException.class)
        .isNotInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("expected");
  }

  @Test
  void aBlobTheGatewayDoesNotHoldIsNotFoundForTheEntitled() {
    // The batch's manifest is in the bureau's store, not the traffic police's.
    var anchored = seed.batched.get(0);
    var batch = seed.queries.batch(anchored.root()).orElseThrow();
    BlobRef manifest = BlobRef.fromBytes32(batch.manifestRef());
    GatewayBlobStore atTraffic =
        gateway(seed.trafficServer.url(), Seed.TRAFFIC, seed.auditorKey)
            .in(Scope.batch(anchored.root()));
    assertThat(atTraffic.contains(manifest)).isFalse();
    GatewayBlobStore atBureau =
        gateway(seed.enforcementServer.url(), Seed.ENFORCEMENT, officer)
            .in(Scope.batch(anchored.root()));
    assertThat(atBureau.get(manifest)).isEqualTo(read(manifest));
  }

  // ---------------------------------------------------------------- helpers

  private BlobRef responseRef() {
    return BlobRef.fromBytes32(
        seed.queries.request(seed.request.requestId()).orElseThrow().responseBlobRef());
  }

  private static GatewayBlobStore gateway(URI url, Bytes32 department, Signer who) {
    return GatewayBlobStore.builder()
        .endpoint(url)
        .chainId(DevConsortium.CHAIN_ID)
        .gateway(department)
        .signer(who)
        .build();
  }

  private byte[] read(BlobRef ref) {
    var store = seed.enforcementBlobs.contains(ref) ? seed.enforcementBlobs : seed.trafficBlobs;
    try (var in = store.open(ref)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Signer signer(Credentials who) {
    return Signers.privateKey(who.getEcKeyPair().getPrivateKey());
  }

  private static Bytes32 challenge(URI base, Signer forWhom) {
    HttpResponse<byte[]> r =
        Http.send(
            Http.request(base, "/gateway/challenges")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"account\":\"" + forWhom.address().toHex() + "\"}"))
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    try {
      return Bytes32.fromHex(new ObjectMapper().readTree(r.body()).get("challenge").asText());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String sign(Signer who, Bytes32 gateway, BlobRef ref, Bytes32 challenge) {
    return "0x"
        + HexFormat.of()
            .formatHex(
                who.sign(
                        GatewayBlobStore.accessDigest(
                            DevConsortium.CHAIN_ID, gateway, ref, challenge))
                    .toBytes());
  }

  private static HttpResponse<byte[]> signedRequest(
      URI base, Bytes32 gateway, Signer who, BlobRef ref, String query) {
    Bytes32 challenge = challenge(base, who);
    return Http.send(
        Http.request(base, "/blobs/" + ref.hex() + query)
            .header(GatewayBlobStore.CHALLENGE_HEADER, challenge.toHex())
            .header(GatewayBlobStore.SIGNATURE_HEADER, sign(who, gateway, ref, challenge))
            .build());
  }
}
