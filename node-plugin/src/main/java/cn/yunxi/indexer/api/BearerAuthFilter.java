package cn.yunxi.indexer.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/**
 * Every path needs a known bearer token ({@code Authorization: Bearer <token>}) except the public
 * ones: the OpenAPI document (it describes the API, it holds no data), the auditor console's static
 * files (the console sends a token with its own API calls), and the blob gateway, which
 * authenticates callers by their member signatures instead. Without a token, or with an unknown
 * one: 401 with {@code WWW-Authenticate: Bearer}. The caller found is left on the request for the
 * controllers ({@link #caller}); what the caller may see is theirs to decide.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BearerAuthFilter {
  static final String CALLER = "yunxi.caller";

  private final TokenRegistry tokens;

  BearerAuthFilter(TokenRegistry tokens) {
    this.tokens = tokens;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> authenticate(HttpRequest<?> request) {
    if (isPublic(request.getPath())) {
      return null;
    }
    Optional<String> header = request.getHeaders().getAuthorization();
    if (header.isEmpty()) {
      return ErrorBodies.response(401, "a bearer token is required (Authorization: Bearer …)");
    }
    String value = header.get();
    if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return ErrorBodies.response(401, "only bearer tokens are accepted");
    }
    Optional<Caller> caller = tokens.authenticate(value.substring(7).strip());
    if (caller.isEmpty()) {
      return ErrorBodies.response(401, "unknown token");
    }
    request.setAttribute(CALLER, caller.get());
    return null;
  }

  /** The caller the filter authenticated; 401 if there is none (a path wrongly made public). */
  static Caller caller(HttpRequest<?> request) {
    return request
        .getAttribute(CALLER, Caller.class)
        .orElseThrow(() -> ApiException.unauthorized("a bearer token is required"));
  }

  static boolean isPublic(String path) {
    // A path that could be normalised into another one (dot segments, encodings, empty segments)
    // is never public: whatever it resolves to, it needs a token.
    if (path.contains("..") || path.contains("//") || path.contains("%") || path.contains("\\")) {
      return false;
    }
    return path.equals("/openapi.yml")
        || path.equals("/console")
        || path.startsWith("/console/")
        || path.startsWith("/gateway/")
        || path.startsWith("/blobs/");
  }
}
