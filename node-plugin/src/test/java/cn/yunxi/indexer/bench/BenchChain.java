package cn.yunxi.indexer.bench;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.indexer.follow.BulkDeposits;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint16;

/**
 * The dev consortium on a fresh Anvil ({@link DevConsortium}, i.e. {@code AnvilNode} with {@code
 * --prune-history}) filled with real contract events, fast: the officer's account is impersonated
 * and {@code eth_sendTransaction}s go in JSON-RPC batches of {@code perBlock}, each batch mined as
 * one block with {@code evm_mine} (automining and interval mining off, so every block is one of
 * ours). The transactions, blocks and logs are real; only signing is skipped.
 */
final class BenchChain implements AutoCloseable {
  private static final long TX_GAS = 400_000;

  final DevConsortium chain;
  final ContractAddresses addresses;
  final Rpc rpc;
  final String officer;
  final List<Bytes32> cases = new ArrayList<>();
  private long nonce;
  private int serial;

  private BenchChain(DevConsortium chain) {
    this.chain = chain;
    this.addresses = ClientFixture.addresses(chain);
    this.rpc = new Rpc(URI.create(chain.anvil.rpcUrl()));
    this.officer = chain.officer.getAddress();
  }

  static BenchChain start() throws Exception {
    BenchChain c = new BenchChain(DevConsortium.start());
    c.rpc.call("evm_setIntervalMining", 0);
    c.rpc.call("evm_setAutomine", false);
    c.rpc.call("anvil_impersonateAccount", c.officer);
    c.nonce = c.rpc.quantity("eth_getTransactionCount", c.officer, "pending");
    return c;
  }

  URI http() {
    return rpc.endpoint();
  }

  long head() {
    return rpc.quantity("eth_blockNumber");
  }

  static Bytes32 caseId(int i) {
    return CaseOperations.caseIdOf("bench case " + i);
  }

  static NewEvidence item(Bytes32 caseId, int case_, int serial) {
    return ClientFixture.item(caseId, "bench item " + case_ + "/" + serial);
  }

  /**
   * Opens {@code caseCount} cases, then deposits {@code deposits} items round-robin over them
   * (deposit j in case j mod caseCount, so every case's timeline spans the whole chain), {@code
   * perBlock} transactions a block.
   */
  void fill(int caseCount, int deposits, int perBlock) {
    List<String> txs = new ArrayList<>(perBlock);
    for (int i = 0; i < caseCount; i++) {
      Bytes32 id = caseId(cases.size());
      cases.add(id);
      txs.add(openCall(id));
      if (txs.size() == perBlock) {
        mine(txs);
      }
    }
    for (int j = 0; j < deposits; j++) {
      int c = j % cases.size();
      txs.add(BulkDeposits.calldata(item(cases.get(c), c, serial++)));
      if (txs.size() == perBlock) {
        mine(txs);
      }
    }
    if (!txs.isEmpty()) {
      mine(txs);
    }
    long mined = rpc.quantity("eth_getTransactionCount", officer, "latest");
    if (mined != nonce) {
      throw new IllegalStateException("mined nonce " + mined + ", expected " + nonce);
    }
  }

  /** Sends one deposit and returns once it is in the pool (not mined: see {@link #mine()}). */
  void send(NewEvidence item) {
    JsonNode answer = rpc.post("[" + tx(BulkDeposits.calldata(item)) + "]");
    checkAnswers(answer);
  }

  /** Mines one block now. */
  void mine() {
    rpc.call("evm_mine");
  }

  private void mine(List<String> calldata) {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < calldata.size(); i++) {
      body.append(i == 0 ? "" : ",").append(tx(calldata.get(i)));
    }
    checkAnswers(rpc.post(body.append(']').toString()));
    calldata.clear();
    mine();
  }

  private static void checkAnswers(JsonNode answers) {
    for (JsonNode a : answers) {
      if (a.has("error")) {
        throw new IllegalStateException("transaction refused: " + a.get("error"));
      }
    }
  }

  private String tx(String calldata) {
    String to =
        calldata.startsWith(OPEN) ? addresses.cases().toHex() : addresses.evidence().toHex();
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_sendTransaction\",\"params\":[{\"from\":\""
        + officer
        + "\",\"to\":\""
        + to
        + "\",\"nonce\":\""
        + Rpc.hex(nonce++)
        + "\",\"gas\":\""
        + Rpc.hex(TX_GAS)
        + "\",\"gasPrice\":\"0x0\",\"data\":\""
        + calldata
        + "\"}]}";
  }

  private static final String OPEN =
      FunctionEncoder.encode(
              new Function(
                  "open",
                  List.of(word(new byte[32]), new Uint16(BigInteger.ONE), new Bool(false)),
                  List.of()))
          .substring(0, 10);

  private static String openCall(Bytes32 caseId) {
    return FunctionEncoder.encode(
        new Function(
            "open",
            List.of(
                word(caseId.toByteArray()), new Uint16(BigInteger.valueOf(101)), new Bool(false)),
            List.of()));
  }

  private static org.web3j.abi.datatypes.generated.Bytes32 word(byte[] value) {
    return new org.web3j.abi.datatypes.generated.Bytes32(value);
  }

  @Override
  public void close() {
    chain.close();
  }
}
