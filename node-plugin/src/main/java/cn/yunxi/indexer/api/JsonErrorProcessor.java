package cn.yunxi.indexer.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors Micronaut itself answers — no route (404), wrong method (405), unsupported media type, a
 * body too large, an unreadable JSON body, an unconvertible parameter — in the API's error shape
 * {@code {"error":"…"}} instead of Micronaut's HATEOAS one. A 5xx never shows its cause.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class JsonErrorProcessor implements ErrorResponseProcessor<byte[]> {
  private static final Logger LOG = LoggerFactory.getLogger(JsonErrorProcessor.class);

  @Override
  public MutableHttpResponse<byte[]> processResponse(
      ErrorContext context, MutableHttpResponse<?> base) {
    int status = base.code();
    String message;
    if (status >= 500) {
      context
          .getRootCause()
          .ifPresentOrElse(
              cause -> LOG.error("{} failed", context.getRequest().getPath(), cause),
              () -> LOG.error("{} failed with {}", context.getRequest().getPath(), status));
      message = ErrorBodies.INTERNAL;
    } else if (context.hasErrors()) {
      message =
          context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
    } else {
      message = base.reason();
    }
    if (status == 401) {
      base.header("WWW-Authenticate", ErrorBodies.BEARER);
    }
    return base.contentType(MediaType.APPLICATION_JSON_TYPE).body(ErrorBodies.body(message));
  }
}
