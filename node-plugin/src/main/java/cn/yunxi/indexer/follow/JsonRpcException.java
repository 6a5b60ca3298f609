package cn.yunxi.indexer.follow;

import java.io.IOException;

/** The node answered a JSON-RPC call with an error object. */
public class JsonRpcException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String rpcMessage;

  /**
   * @param method the method called
   * @param code the error's code
   * @param rpcMessage the error's message, as the node sent it
   */
  public JsonRpcException(String method, int code, String rpcMessage) {
    super(method + " failed: " + rpcMessage + " (JSON-RPC error " + code + ")");
    this.code = code;
    this.rpcMessage = rpcMessage;
  }

  /** The JSON-RPC error code. */
  public int code() {
    return code;
  }

  /** The error message as the node sent it. */
  public String rpcMessage() {
    return rpcMessage;
  }
}
