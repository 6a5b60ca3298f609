package cn.yunxi.indexer.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The index refuses invalid arguments (a cursor of another list, a range too long, a limit out of
 * range) with {@link IllegalArgumentException}: the caller's mistake, so 400 with its message.
 */
@Singleton
final class InvalidArgumentHandler
    implements ExceptionHandler<IllegalArgumentException, HttpResponse<byte[]>> {
  @Override
  public HttpResponse<byte[]> handle(HttpRequest request, IllegalArgumentException exception) {
    return ErrorBodies.response(400, exception.getMessage());
  }
}
