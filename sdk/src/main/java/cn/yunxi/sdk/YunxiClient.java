package cn.yunxi.sdk;

import cn.yunxi.sdk.internal.client.DefaultYunxiClient;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.tx.GasPolicy;
import cn.yunxi.sdk.tx.NonceManager;
import java.time.Duration;
import java.util.Objects;

/**
 * A department member's client: one account, one consortium. Immutable and thread-safe — share one
 * instance across threads; transactions from many threads are pipelined with managed nonces. Close
 * it to stop its receipt poller.
 *
 * <pre>{@code
 * try (YunxiClient client = YunxiClient.builder()
 *     .endpoint("http://127.0.0.1:8545").chainId(20261128)
 *     .signer(Signers.keystore(path, password))
 *     .contracts(addresses)
 *     .build()) {
 *   Deposit d = client.evidence().deposit(item);
 * }
 * }</pre>
 */
public interface YunxiClient extends AutoCloseable {
  static Builder builder() {
    return new Builder();
  }

  /** The member's account. */
  Address account();

  ContractAddresses contracts();

  EvidenceOperations evidence();

  CaseOperations cases();

  ConsortiumOperations consortium();

  LetterOperations letters();

  RequestOperations requests();

  EventOperations events();

  @Override
  void close();

  /** Builds a {@link YunxiClient}; endpoint, chain id, signer and contracts are required. */
  final class Builder {
    private String endpoint;
    private long chainId;
    private Signer signer;
    private ContractAddresses contracts;
    private GasPolicy gasPolicy = GasPolicy.free();
    private NonceManager nonceManager;
    private Duration pollingInterval = Duration.ofMillis(100);
    private Duration receiptTimeout = Duration.ofMinutes(2);
    private Duration nodePatience = Duration.ofMinutes(1);
    private int confirmations;

    private Builder() {}

    /** The node's JSON-RPC URL (HTTP). */
    public Builder endpoint(String url) {
      this.endpoint = Objects.requireNonNull(url, "url");
      return this;
    }

    /** The consortium's chain id; every transaction is bound to it (EIP-155). */
    public Builder chainId(long chainId) {
      if (chainId <= 0) {
        throw new IllegalArgumentException("chainId <= 0");
      }
      this.chainId = chainId;
      return this;
    }

    public Builder signer(Signer signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    public Builder contracts(ContractAddresses contracts) {
      this.contracts = Objects.requireNonNull(contracts, "contracts");
      return this;
    }

    /** Default {@link GasPolicy#free()}: a Besu consortium with free gas. */
    public Builder gasPolicy(GasPolicy gasPolicy) {
      this.gasPolicy = Objects.requireNonNull(gasPolicy, "gasPolicy");
      return this;
    }

    /** Default: counts from the chain's pending nonce, resynchronising after errors. */
    public Builder nonceManager(NonceManager nonceManager) {
      this.nonceManager = Objects.requireNonNull(nonceManager, "nonceManager");
      return this;
    }

    /** How often receipts are polled; default 100 ms (web3j's own default is 15 s). */
    public Builder pollingInterval(Duration interval) {
      this.pollingInterval = positive(interval, "pollingInterval");
      return this;
    }

    /** How long to wait for a receipt before {@code TransactionTimeoutException}; default 2 min. */
    public Builder receiptTimeout(Duration timeout) {
      this.receiptTimeout = positive(timeout, "receiptTimeout");
      return this;
    }

    /** How long an unreachable node is waited for before giving up; default 1 min. */
    public Builder nodePatience(Duration patience) {
      this.nodePatience = positive(patience, "nodePatience");
      return this;
    }

    /** Blocks to wait on top of the one holding the transaction; default 0 (QBFT is final). */
    public Builder confirmations(int confirmations) {
      if (confirmations < 0) {
        throw new IllegalArgumentException("confirmations < 0");
      }
      this.confirmations = confirmations;
      return this;
    }

    public YunxiClient build() {
      if (endpoint == null) {
        throw new IllegalStateException("endpoint is required");
      }
      if (chainId == 0) {
        throw new IllegalStateException("chainId is required");
      }
      if (signer == null) {
        throw new IllegalStateException("signer is required");
      }
      if (contracts == null) {
        throw new IllegalStateException("contracts is required");
      }
      return new DefaultYunxiClient(
          endpoint,
          chainId,
          signer,
          contracts,
          gasPolicy,
          nonceManager,
          pollingInterval,
          receiptTimeout,
          nodePatience,
          confirmations);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " <= 0");
      }
      return d;
    }
  }
}
