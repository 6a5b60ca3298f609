package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.YunxiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;

/**
 * JSON-RPC calls whose results are kept as raw JSON, over web3j's transport: block headers and
 * receipts must keep every field the node sends (web3j's typed models drop the newer header fields,
 * and a dropped field breaks the block hash).
 */
public final class JsonRpc implements AutoCloseable {
  /** The raw result of a call. */
  public static final class RawResponse extends Response<JsonNode> {}

  /** JSON-RPC "method not found". */
  public static final int METHOD_NOT_FOUND = -32601;

  private final Web3jService service;
  private final String endpoint;

  public JsonRpc(Web3jService service, String endpoint) {
    this.service = Objects.requireNonNull(service, "service");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  public static JsonRpc http(String url) {
    Objects.requireNonNull(url, "url");
    return new JsonRpc(new HttpService(url), url);
  }

  /** A failed call: the node answered with an error. */
  public static final class CallException extends YunxiException {
    private static final long serialVersionUID = 1L;
    private final int code;

    CallException(String message, int code) {
      super(message);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /**
   * Calls {@code method}; the result may be JSON {@code null}.
   *
   * @throws CallException if the node answers with an error
   * @throws YunxiException if the node cannot be reached
   */
  public JsonNode call(String method, Object... params) {
    Request<?, RawResponse> request =
        new Request<>(method, Arrays.asList(params), service, RawResponse.class);
    RawResponse response;
    try {
      response = request.send();
    } catch (IOException e) {
      throw new YunxiException(
          "node " + endpoint + " unreachable for " + method + ": " + e.getMessage(), e);
    }
    if (response.hasError()) {
      throw new CallException(
          "node "
              + endpoint
              + " refused "
              + method
              + List.of(params)
              + ": "
              + response.getError().getMessage(),
          response.getError().getCode());
    }
    JsonNode result = response.getResult();
    return result == null ? com.fasterxml.jackson.databind.node.NullNode.instance : result;
  }

  public String endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new YunxiException("closing the connection to " + endpoint + " failed", e);
    }
  }
}
