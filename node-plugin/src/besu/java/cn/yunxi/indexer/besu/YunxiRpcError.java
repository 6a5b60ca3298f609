package cn.yunxi.indexer.besu;

import org.hyperledger.besu.plugin.services.rpc.RpcMethodError;

/** The JSON-RPC errors of the {@code yunxi_*} methods; codes in the server-defined range. */
enum YunxiRpcError implements RpcMethodError {
  INVALID_PARAMS(INVALID_PARAMS_ERROR_CODE, "Invalid params"),
  NOT_RUNNING(-32001, "Yunxi indexer is not running (--plugin-yunxi-enabled)"),
  NOT_AVAILABLE(-32002, "Not available in this version of the Yunxi indexer");

  private final int code;
  private final String message;

  YunxiRpcError(int code, String message) {
    this.code = code;
    this.message = message;
  }

  @Override
  public int getCode() {
    return code;
  }

  @Override
  public String getMessage() {
    return message;
  }
}
