package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.gateway.GatewaySettings;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault of the server itself — here, its index closed under it — is a 500 with a generic message:
 * no exception text, no file names, and from the gateway no blob.
 */
class ServerFaultTest {
  private static final String AUDITOR = "auditor-token-0123456789";
  private static final long CHAIN_ID = 7;
  private static final Bytes32 GATEWAY = Bytes32.fromAscii("JB-JJDD");

  @TempDir Path dir;

  @Test
  void aBrokenIndexIsAGeneric500AndNeverABlob() throws Exception {
    EventDecoder decoder =
        EventDecoder.of(
            ContractAddresses.fromHex(
                "0x0000000000000000000000000000000000000001",
                "0x0000000000000000000000000000000000000002",
                "0x0000000000000000000000000000000000000003",
                "0x0000000000000000000000000000000000000004",
                "0x0000000000000000000000000000000000000005"));
    LocalBlobStore store = LocalBlobStore.open(dir.resolve("blobs"));
    byte[] blob = "secret envelope".getBytes(StandardCharsets.UTF_8);
    BlobRef ref = store.put(blob);
    RocksIndex index = RocksIndex.open(dir.resolve("index"), ManifestSource.none());
    try (IndexServer server =
        IndexServer.builder()
            .index(index, decoder)
            .tokens(TokenRegistry.builder().auditor("audit", AUDITOR).build())
            .gateway(GatewaySettings.of(CHAIN_ID, GATEWAY), store)
            .start()) {
      assertThat(Http.get(server.url(), "/status", AUDITOR).statusCode()).isEqualTo(200);
      index.close();

      HttpResponse<byte[]> status = Http.get(server.url(), "/status", AUDITOR);
      assertThat(status.statusCode()).isEqualTo(500);
      assertThat(new ObjectMapper().readTree(status.body()).get("error").asText())
          .isEqualTo(ErrorBodies.INTERNAL);
      assertThat(Http.text(status)).doesNotContain(dir.toString()).doesNotContain("Exception");

      Signer member = Signers.privateKey(BigInteger.valueOf(0xFA17L));
      HttpResponse<byte[]> c =
          Http.send(
              Http.request(server.url(), "/gateway/challenges")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      Bytes32 challenge =
          Bytes32.fromHex(new ObjectMapper().readTree(c.body()).get("challenge").asText());
      String signature =
          "0x"
              + HexFormat.of()
                  .formatHex(
                      member
                          .sign(GatewayBlobStore.accessDigest(CHAIN_ID, GATEWAY, ref, challenge))
                          .toBytes());
      HttpResponse<byte[]> b =
          Http.send(
              Http.request(server.url(), "/blobs/" + ref.hex() + "?case=" + GATEWAY.toHex())
                  .header(GatewayBlobStore.CHALLENGE_HEADER, challenge.toHex())
                  .header(GatewayBlobStore.SIGNATURE_HEADER, signature)
                  .build());
      assertThat(b.statusCode()).isEqualTo(500);
      assertThat(b.body()).isNotEqualTo(blob);
      assertThat(Http.text(b)).contains(ErrorBodies.INTERNAL);
    } finally {
      index.close();
    }
  }
}
