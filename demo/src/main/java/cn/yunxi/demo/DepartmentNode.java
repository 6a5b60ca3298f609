package cn.yunxi.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a department runs in the dev consortium: its indexer and the blob gateway in front of its
 * blob directory.
 *
 * @param code the department's code, e.g. {@code JB-JJDD}
 * @param apiUrl the base URL of its indexer's query API
 * @param token the department's bearer token for that API
 * @param gatewayUrl the base URL of its blob gateway (for {@code GatewayBlobStore.endpoint})
 * @param blobDirectory where its encrypted evidence and responses are stored
 */
public record DepartmentNode(
    String code, URI apiUrl, String token, URI gatewayUrl, Path blobDirectory) {
  public DepartmentNode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    Objects.requireNonNull(blobDirectory, "blobDirectory");
  }

  /** The auditor console this indexer serves. */
  public URI consoleUrl() {
    return apiUrl.resolve("/console/");
  }
}
