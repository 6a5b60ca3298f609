package cn.yunxi.indexer.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no more specific handler takes is a fault of the server (a corrupt index, a bug): 500
 * with a generic message — never the exception's text, which may name files or internals — and the
 * whole exception in the log.
 */
@Singleton
final class UnexpectedErrorHandler
    implements ExceptionHandler<RuntimeException, HttpResponse<byte[]>> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

  @Override
  public HttpResponse<byte[]> handle(HttpRequest request, RuntimeException exception) {
    LOG.error("{} {} failed", request.getMethodName(), request.getPath(), exception);
    return ErrorBodies.response(500, ErrorBodies.INTERNAL);
  }
}
