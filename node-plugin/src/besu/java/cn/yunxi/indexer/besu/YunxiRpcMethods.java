package cn.yunxi.indexer.besu;

import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.model.Bytes32;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hyperledger.besu.plugin.services.RpcEndpointService;
import org.hyperledger.besu.plugin.services.exception.PluginRpcEndpointException;
import org.hyperledger.besu.plugin.services.rpc.PluginRpcRequest;

/**
 * The {@code yunxi_*} JSON-RPC methods: parameter parsing and error mapping around a {@link
 * QueryFacade}. Besu only accepts endpoints during {@code register()}, before the index exists, so
 * each call looks the facade up when it comes; until {@code start()} has opened the index (or when
 * the plugin is disabled) the methods answer {@link YunxiRpcError#NOT_RUNNING}. Besu serves them
 * only when {@code YUNXI} is in {@code --rpc-http-api} (or the ws/ipc equivalents).
 */
final class YunxiRpcMethods {
  static final String NAMESPACE = "yunxi";

  private final Supplier<QueryFacade> queries;

  YunxiRpcMethods(Supplier<QueryFacade> queries) {
    this.queries = queries;
  }

  void registerWith(RpcEndpointService rpc) {
    rpc.registerRPCEndpoint(NAMESPACE, "status", guarded(request -> facade().status()));
    rpc.registerRPCEndpoint(
        NAMESPACE,
        "caseTimeline",
        guarded(request -> facade().caseTimeline(caseId(param(request, 0, "case")))));
    rpc.registerRPCEndpoint(
        NAMESPACE,
        "evidenceBySha256",
        guarded(
            request -> facade().evidenceBySha256(hash(param(request, 0, "sha256"))).orElse(null)));
  }

  private QueryFacade facade() {
    QueryFacade facade = queries.get();
    if (facade == null) {
      throw new PluginRpcEndpointException(YunxiRpcError.NOT_RUNNING);
    }
    return facade;
  }

  /** Maps what the facade may throw to JSON-RPC errors instead of Besu's generic internal error. */
  private static <T> Function<PluginRpcRequest, T> guarded(Function<PluginRpcRequest, T> method) {
    return request -> {
      try {
        return method.apply(request);
      } catch (IllegalArgumentException e) {
        throw new PluginRpcEndpointException(YunxiRpcError.INVALID_PARAMS, e.getMessage());
      } catch (UnsupportedOperationException e) {
        throw new PluginRpcEndpointException(YunxiRpcError.NOT_AVAILABLE, e.getMessage());
      }
    };
  }

  private static String param(PluginRpcRequest request, int index, String name) {
    Object[] params = request.getParams();
    if (params == null || params.length <= index || params[index] == null) {
      throw new IllegalArgumentException("missing parameter " + index + " (" + name + ")");
    }
    return params[index].toString();
  }

  /** A case id as 32 bytes of hex, or an external case number, hashed as the contracts do. */
  private static Bytes32 caseId(String value) {
    return isHash(value) ? Bytes32.fromHex(value) : CaseOperations.caseIdOf(value);
  }

  private static Bytes32 hash(String value) {
    if (!isHash(value)) {
      throw new IllegalArgumentException("not 32 bytes of 0x-prefixed hex: " + value);
    }
    return Bytes32.fromHex(value);
  }

  private static boolean isHash(String value) {
    return value.matches("0[xX][0-9a-fA-F]{64}");
  }
}
