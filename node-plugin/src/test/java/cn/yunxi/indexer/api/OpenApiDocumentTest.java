package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.gateway.GatewaySettings;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document served at {@code /openapi.yml} describes exactly the routes the server
 * answers — every route documented, every documented operation routed — and is public.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
  @TempDir static Path dir;
  private IndexServer server;

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
    server =
        IndexServer.builder()
            .indexDirectory(dir.resolve("index"), decoder, ManifestSource.none())
            .tokens(TokenRegistry.builder().auditor("audit", "audit-token-0123456789").build())
            .gateway(
                GatewaySettings.of(1, Bytes32.fromAscii("JB-JJDD")),
                LocalBlobStore.open(dir.resolve("blobs")))
            .start();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url() + "/openapi.yml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));

    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(response.body());
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<String> documented = new ArrayList<>();
    for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      for (Iterator<String> methods = doc.get("paths").get(path).fieldNames();
          methods.hasNext(); ) {
        documented.add(methods.next().toUpperCase(Locale.ROOT) + " " + path);
      }
    }

    assertThat(server.routes()).isNotEmpty().containsExactlyInAnyOrderElementsOf(documented);
  }
}
