package cn.yunxi.sdk.events;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * What the scenario's parts share: the chain, the list of expected events, and the plumbing to send
 * transactions as someone, move the clock and record what each transaction must emit.
 */
abstract class ScenarioPart {
  static final Bytes32 ENFORCEMENT = Bytes32.of(DevConsortium.ENFORCEMENT);
  static final Bytes32 TRAFFIC = Bytes32.of(DevConsortium.TRAFFIC);
  static final Bytes32 MARKET = Bytes32.fromAscii("JB-SCJG");
  static final BigInteger VEHICLE_AND_OWNER = BigInteger.valueOf(0b11);
  static final long DAY = 86_400;

  static final Credentials marketAdmin = DevConsortium.person("marketAdmin");
  static final Credentials marketSeal = DevConsortium.person("seal:market");
  static final Credentials marketSeal2 = DevConsortium.person("seal:market:2");
  static final Credentials trafficCaptain = DevConsortium.person("trafficCaptain");
  static final Credentials clerk = DevConsortium.person("clerk");

  /** One event the chain must hold: which decoded event it is, and what it must equal. */
  record Expected(
      String what,
      Class<? extends YunxiEvent> type,
      Predicate<YunxiEvent> selects,
      BiFunction<EventMeta, Instant, YunxiEvent> build) {}

  /** A JSON-RPC answer of any shape (Anvil's test methods). */
  public static final class AnyResponse extends Response<Object> {}

  final DevConsortium chain;
  final List<Expected> expected;
  private final HttpService rpc;

  /** The first part: a fresh list of expectations. */
  ScenarioPart(DevConsortium chain) {
    this.chain = chain;
    this.expected = new ArrayList<>();
    this.rpc = new HttpService(chain.anvil.rpcUrl());
  }

  /** Another part on the same chain, adding to the same expectations. */
  ScenarioPart(ScenarioPart shared) {
    this.chain = shared.chain;
    this.expected = shared.expected;
    this.rpc = shared.rpc;
  }

  /** The time of block {@code number}, read from the node. */
  Instant blockTimeAt(long number) {
    try {
      return Instant.ofEpochSecond(
          chain
              .web3j
              .ethGetBlockByNumber(
                  org.web3j.protocol.core.DefaultBlockParameter.valueOf(BigInteger.valueOf(number)),
                  false)
              .send()
              .getBlock()
              .getTimestamp()
              .longValueExact());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void expect(
      TransactionReceipt r,
      Class<? extends YunxiEvent> type,
      BiFunction<EventMeta, Instant, YunxiEvent> build) {
    Bytes32 tx = Bytes32.fromHex(r.getTransactionHash());
    expected.add(
        new Expected(
            type.getSimpleName() + " of tx " + tx,
            type,
            e -> e.meta().transactionHash().equals(tx),
            build));
  }

  void expectWhere(
      Class<? extends YunxiEvent> type,
      Predicate<YunxiEvent> selects,
      BiFunction<EventMeta, Instant, YunxiEvent> build) {
    expected.add(new Expected(type.getSimpleName() + " of the bootstrap", type, selects, build));
  }

  DataRequestRegistry asRequests(Credentials who) {
    return as(who, DataRequestRegistry::load, chain.requests());
  }

  <C> C as(Credentials who, DevConsortium.Loader<C> loader, org.web3j.tx.Contract contract) {
    return chain.as(who, loader, contract);
  }

  static TransactionReceipt send(RemoteFunctionCall<TransactionReceipt> call) throws Exception {
    return call.send();
  }

  long blockTime(TransactionReceipt r) throws IOException {
    return chain
        .web3j
        .ethGetBlockByHash(r.getBlockHash(), false)
        .send()
        .getBlock()
        .getTimestamp()
        .longValueExact();
  }

  /** Moves the chain's clock forward and mines a block at the new time. */
  void warp(long seconds) throws IOException {
    for (Request<?, AnyResponse> call :
        List.of(
            new Request<>("evm_increaseTime", List.of(seconds), rpc, AnyResponse.class),
            new Request<>("evm_mine", List.of(), rpc, AnyResponse.class))) {
      AnyResponse response = call.send();
      if (response.hasError()) {
        throw new IOException(call.getMethod() + ": " + response.getError().getMessage());
      }
    }
  }

  static Address address(Credentials who) {
    return Address.fromHex(who.getAddress());
  }

  static Address address(String hex) {
    return Address.fromHex(hex);
  }

  static String zero() {
    return Address.ZERO.toHex();
  }

  static Bytes32 hash(String text) {
    return Bytes32.of(Hash.sha3(text.getBytes(StandardCharsets.UTF_8)));
  }

  static Bytes32 sha256(byte[] content) throws NoSuchAlgorithmException {
    return Bytes32.of(MessageDigest.getInstance("SHA-256").digest(content));
  }

  static Bytes32 sm3(byte[] content) {
    SM3Digest digest = new SM3Digest();
    digest.update(content, 0, content.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return Bytes32.of(out);
  }

  static byte[] sign(Credentials who, byte[] digest) {
    Sign.SignatureData s = Sign.signMessage(digest, who.getEcKeyPair(), false);
    byte[] out = new byte[65];
    System.arraycopy(s.getR(), 0, out, 0, 32);
    System.arraycopy(s.getS(), 0, out, 32, 32);
    out[64] = s.getV()[0];
    return out;
  }
}
