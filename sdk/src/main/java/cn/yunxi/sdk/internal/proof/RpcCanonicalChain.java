package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.CanonicalChain;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** A {@link CanonicalChain} read from a node over JSON-RPC. */
public final class RpcCanonicalChain implements CanonicalChain {
  private final JsonRpc rpc;
  private volatile boolean closed;

  public RpcCanonicalChain(String rpcUrl) {
    this(JsonRpc.http(rpcUrl));
  }

  public RpcCanonicalChain(JsonRpc rpc) {
    this.rpc = rpc;
  }

  @Override
  public long chainId() {
    JsonNode id = rpc.call("eth_chainId");
    try {
      return ChainData.quantity(id, "eth_chainId").longValueExact();
    } catch (ArithmeticException | ChainData.MalformedException e) {
      throw new YunxiException("node " + rpc.endpoint() + " sent a bad chain id: " + id, e);
    }
  }

  @Override
  public Optional<Bytes32> blockHash(long number) {
    if (number < 0) {
      throw new IllegalArgumentException("number < 0: " + number);
    }
    JsonNode block = rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
    if (block.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Bytes32.of(ChainData.bytes(block.get("hash"), "hash", 32)));
    } catch (ChainData.MalformedException e) {
      throw new YunxiException(
          "node " + rpc.endpoint() + " sent a bad block: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      rpc.close();
    }
  }

  @Override
  public String toString() {
    return rpc.endpoint();
  }
}
