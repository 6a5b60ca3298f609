package cn.yunxi.indexer.api;

import cn.yunxi.sdk.index.IndexJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;

/**
 * The one error body of the API, {@code {"error":"…"}}, and the headers that go with some statuses
 * ({@code WWW-Authenticate} with every 401: {@code Bearer}, or the gateway's {@code
 * Yunxi-Challenge} for a blob).
 */
final class ErrorBodies {
  /** What a caller learns of a server fault: nothing about its internals. */
  static final String INTERNAL = "internal error; the server has logged it";

  /** The longest message sent back, so that echoed input cannot balloon an answer. */
  private static final int MAX_MESSAGE = 500;

  static final String BEARER = "Bearer realm=\"yunxi\"";

  /** The blob gateway's scheme: POST /gateway/challenges, sign, send both headers. */
  static final String GATEWAY = "Yunxi-Challenge realm=\"yunxi-gateway\"";

  private ErrorBodies() {}

  static MutableHttpResponse<byte[]> response(int status, String message) {
    return response(status, message, BEARER);
  }

  /**
   * An error answer to {@code request}: a 401 of the blob gateway names the gateway's own scheme (a
   * signed challenge), any other 401 the bearer token.
   */
  static MutableHttpResponse<byte[]> response(HttpRequest<?> request, int status, String message) {
    boolean gateway = request.getPath().startsWith("/blobs/");
    return response(status, message, gateway ? GATEWAY : BEARER);
  }

  private static MutableHttpResponse<byte[]> response(int status, String message, String scheme) {
    MutableHttpResponse<byte[]> response =
        HttpResponse.<byte[]>status(HttpStatus.valueOf(status))
            .contentType(MediaType.APPLICATION_JSON_TYPE)
            .body(body(message));
    if (status == 401) {
      response.header("WWW-Authenticate", scheme);
    }
    return response;
  }

  static byte[] body(String message) {
    String text = message == null || message.isBlank() ? "error" : message;
    if (text.length() > MAX_MESSAGE) {
      text = text.substring(0, MAX_MESSAGE) + "…";
    }
    try {
      return IndexJson.mapper().writeValueAsBytes(Map.of("error", text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of one string always serialises", e);
    }
  }
}
