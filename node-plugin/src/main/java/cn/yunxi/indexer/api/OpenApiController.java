package cn.yunxi.indexer.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.yml}: the API's OpenAPI 3 document, written by hand next to this class and
 * checked against the server's routes by a test. Public: it describes the API and holds no data.
 */
@Controller
final class OpenApiController {
  static final String RESOURCE = "/cn/yunxi/indexer/api/openapi.yml";
  private static final MediaType YAML = MediaType.of("application/yaml");

  private final byte[] document;

  OpenApiController() {
    try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get(uri = "/openapi.yml", produces = "application/yaml", headRoute = false)
  HttpResponse<byte[]> openapi() {
    return HttpResponse.ok(document).contentType(YAML);
  }
}
