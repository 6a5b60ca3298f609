package cn.yunxi.sdk.proof;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.internal.proof.JsonRpc;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Raw JSON-RPC against a test Anvil: mining control (automine, mine, snapshot, revert), balances,
 * and signed transactions sent without waiting for their receipts — so that several land in one
 * block.
 */
final class AnvilTools implements AutoCloseable {
  final JsonRpc rpc;

  AnvilTools(String rpcUrl) {
    this.rpc = JsonRpc.http(rpcUrl);
  }

  /**
   * Stops all mining, so that transactions wait in the pool for {@link #mine()}. The test node
   * mines each transaction at once and also every second (mixed mining); both must be switched off.
   */
  void pauseMining() {
    rpc.call("evm_setAutomine", false);
    rpc.call("evm_setIntervalMining", 0);
  }

  /**
   * Mines each transaction at once again. (Anvil has no call to return to mixed mining; instant
   * mining is what the tests that follow need.)
   */
  void resumeMining() {
    rpc.call("evm_setAutomine", true);
  }

  void mine() {
    rpc.call("evm_mine");
  }

  String snapshot() {
    return rpc.call("evm_snapshot").asText();
  }

  boolean revert(String snapshot) {
    return rpc.call("evm_revert", snapshot).asBoolean();
  }

  void fund(Credentials who) {
    rpc.call("anvil_setBalance", who.getAddress(), "0x56bc75e2d63100000"); // 100 ETH
  }

  long nonce(Credentials who) {
    return Numeric.decodeQuantity(
            rpc.call("eth_getTransactionCount", who.getAddress(), "pending").asText())
        .longValueExact();
  }

  /** Signs (EIP-155 for legacy; typed transactions carry their chain id) and sends. */
  Bytes32 send(RawTransaction tx, Credentials from) {
    byte[] signed =
        tx.getType() == org.web3j.crypto.transaction.type.TransactionType.LEGACY
            ? TransactionEncoder.signMessage(tx, DevConsortium.CHAIN_ID, from)
            : TransactionEncoder.signMessage(tx, from);
    return Bytes32.fromHex(
        rpc.call("eth_sendRawTransaction", Numeric.toHexString(signed)).asText());
  }

  /** The transaction's receipt, waiting (up to 30 s) for it to be mined. */
  JsonNode receipt(Bytes32 txHash) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      JsonNode receipt = rpc.call("eth_getTransactionReceipt", txHash.toHex());
      if ((receipt != null && !receipt.isNull() && receipt.has("status"))
          || System.nanoTime() > deadline) {
        return receipt;
      }
      // Anvil mines asynchronously: poll the condition again shortly.
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
    }
  }

  JsonNode block(long number) {
    return rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
  }

  JsonNode latestBlock() {
    return rpc.call("eth_getBlockByNumber", "latest", false);
  }

  static BigInteger gwei(long n) {
    return BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(9));
  }

  @Override
  public void close() {
    rpc.close();
  }
}
