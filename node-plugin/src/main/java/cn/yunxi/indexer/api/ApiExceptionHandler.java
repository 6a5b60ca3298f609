package cn.yunxi.indexer.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders an {@link ApiException} with its status and message. */
@Singleton
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<byte[]>> {
  @Override
  public HttpResponse<byte[]> handle(HttpRequest request, ApiException exception) {
    return ErrorBodies.response(request, exception.status(), exception.getMessage());
  }
}
