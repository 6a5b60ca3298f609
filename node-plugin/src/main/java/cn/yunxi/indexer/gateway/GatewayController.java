package cn.yunxi.indexer.gateway;

import cn.yunxi.indexer.api.ApiException;
import cn.yunxi.indexer.gateway.Challenges.Issued;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.blob.GatewayBlobStore.Kind;
import cn.yunxi.sdk.blob.GatewayBlobStore.Scope;
import cn.yunxi.sdk.index.IndexJson;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The gateway's two routes: {@code POST /gateway/challenges} and {@code GET /blobs/{ref}}. Present
 * only when the server was started with a blob store ({@link BlobGateway} bean).
 */
@Controller
@Requires(beans = BlobGateway.class)
@ExecuteOn(TaskExecutors.BLOCKING)
final class GatewayController {
  private static final Pattern HEX20 = Pattern.compile("0[xX][0-9a-fA-F]{40}");

  private final BlobGateway gateway;

  GatewayController(BlobGateway gateway) {
    this.gateway = gateway;
  }

  /**
   * A challenge to sign. The body is optional; {@code {"account":"0x…"}} restricts the challenge to
   * that signer.
   */
  @Post(uri = "/gateway/challenges", consumes = MediaType.ALL, processes = MediaType.ALL)
  HttpResponse<byte[]> challenge(@Nullable @Body String body) {
    Issued issued = gateway.challenge(account(body));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("challenge", issued.challenge());
    answer.put("expiresAt", issued.expiresAt());
    answer.put("chainId", gateway.settings().chainId());
    answer.put("gateway", gateway.settings().department());
    try {
      return HttpResponse.ok(IndexJson.mapper().writeValueAsBytes(answer))
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .header("Cache-Control", "no-store");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a challenge could not be written", e);
    }
  }

  /**
   * The blob, as stored (an encrypted envelope or a manifest), to an entitled member. Exactly one
   * of {@code evidence}, {@code request}, {@code case}, {@code batch} names the record.
   */
  @Get(uri = "/blobs/{ref}", produces = MediaType.APPLICATION_OCTET_STREAM, headRoute = false)
  HttpResponse<StreamedFile> blob(
      HttpRequest<?> request,
      @PathVariable String ref,
      @Nullable @Header(GatewayBlobStore.CHALLENGE_HEADER) String challenge,
      @Nullable @Header(GatewayBlobStore.SIGNATURE_HEADER) String signature) {
    Scope scope = scope(request);
    BlobRef blob = gateway.authorize(ref, scope, challenge, signature);
    long size = gateway.store().size(blob);
    InputStream content = gateway.store().open(blob);
    return HttpResponse.ok(
            new StreamedFile(content, MediaType.APPLICATION_OCTET_STREAM_TYPE, 0, size))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
  }

  private static Address account(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = IndexJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object");
    }
    JsonNode account = node.get("account");
    if (account == null || account.isNull()) {
      return null;
    }
    if (!account.isTextual() || !HEX20.matcher(account.asText()).matches()) {
      throw ApiException.badRequest("account must be 0x and 40 hex digits");
    }
    return Address.fromHex(account.asText());
  }

  private static Scope scope(HttpRequest<?> request) {
    Scope found = null;
    for (Kind kind : Kind.values()) {
      List<String> values = request.getParameters().getAll(kind.parameter());
      if (values.isEmpty()) {
        continue;
      }
      String value = values.get(0);
      if (found != null || values.size() > 1) {
        throw ApiException.badRequest("name the blob's record by one parameter only");
      }
      if (!Pattern.matches("0[xX][0-9a-fA-F]{64}", value)) {
        throw ApiException.badRequest(kind.parameter() + " must be 0x and 64 hex digits");
      }
      found = new Scope(kind, Bytes32.fromHex(value));
    }
    if (found == null) {
      throw ApiException.badRequest(
          "name the blob's record: ?evidence=, ?request=, ?case= or ?batch= with its 0x id");
    }
    return found;
  }
}
