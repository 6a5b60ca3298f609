package cn.yunxi.network.deploy;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * The deployer's connection to one node: checked to be reachable and on the expected chain when
 * opened; transactions from the deployer's account, one at a time, each waited for (receipts polled
 * every 100 ms); free gas (gas price 0, as on Besu with {@code min-gas-price=0}).
 */
final class ChainSession implements AutoCloseable {
  private static final long POLL_MILLIS = 100;

  /** Two minutes of polling: many QBFT block periods. */
  private static final int POLL_ATTEMPTS = 1_200;

  /** Enough for the largest contract's creation; capped by the block gas limit. */
  private static final long MAX_TRANSACTION_GAS = 15_000_000;

  private final URI rpc;
  private final long chainId;
  private final Credentials deployer;
  private final Web3j web3j;
  private final ScheduledExecutorService scheduler;
  private final LimitedTransactionManager transactions;
  private final ContractGasProvider gas;

  private ChainSession(
      URI rpc,
      long chainId,
      Credentials deployer,
      Web3j web3j,
      ScheduledExecutorService scheduler,
      long gasLimit) {
    this.rpc = rpc;
    this.chainId = chainId;
    this.deployer = deployer;
    this.web3j = web3j;
    this.scheduler = scheduler;
    this.transactions =
        new LimitedTransactionManager(
            web3j,
            deployer,
            chainId,
            new PollingTransactionReceiptProcessor(web3j, POLL_MILLIS, POLL_ATTEMPTS));
    this.gas = new StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(gasLimit));
  }

  /**
   * Connects and checks the node's chain id.
   *
   * @throws DeploymentException if the node does not answer or runs another chain
   */
  static ChainSession open(URI rpc, long chainId, Credentials deployer) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    Web3j web3j = Web3j.build(new HttpService(rpc.toString()), POLL_MILLIS, scheduler);
    try {
      long actual = answer(rpc, "eth_chainId", web3j.ethChainId().send()).getChainId().longValue();
      if (actual != chainId) {
        throw new DeploymentException(
            "the node at "
                + rpc
                + " runs chain id "
                + actual
                + ", not "
                + chainId
                + " (the consortium's chain.chainId): is this the right node?");
      }
      EthBlock.Block latest =
          answer(
                  rpc,
                  "eth_getBlockByNumber",
                  web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send())
              .getBlock();
      long gasLimit = Math.min(MAX_TRANSACTION_GAS, latest.getGasLimit().longValueExact());
      return new ChainSession(rpc, chainId, deployer, web3j, scheduler, gasLimit);
    } catch (IOException e) {
      web3j.shutdown();
      throw new DeploymentException("cannot reach the node at " + rpc + ": " + describe(e), e);
    } catch (RuntimeException e) {
      web3j.shutdown();
      throw e;
    }
  }

  private static <R extends Response<?>> R answer(URI rpc, String method, R response) {
    if (response.hasError()) {
      throw new DeploymentException(
          "the node at " + rpc + " refused " + method + ": " + response.getError().getMessage());
    }
    return response;
  }

  private static String describe(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** One read or transaction, with any failure turned into a {@link DeploymentException}. */
  <T> T run(String what, ChainAction<T> action) {
    try {
      return action.run();
    } catch (DeploymentException e) {
      throw e;
    } catch (IOException e) {
      throw new DeploymentException(what + ": node at " + rpc + " unreachable: " + describe(e), e);
    } catch (Exception e) {
      throw new DeploymentException(what + " failed: " + describe(e), e);
    }
  }

  /** A read or a transaction that may fail. */
  @FunctionalInterface
  interface ChainAction<T> {
    T run() throws Exception;
  }

  Web3j web3j() {
    return web3j;
  }

  TransactionManager transactions() {
    return transactions;
  }

  ContractGasProvider gas() {
    return gas;
  }

  long chainId() {
    return chainId;
  }

  /** The deployer's address, {@code 0x}, lower case. */
  String deployerAddress() {
    return deployer.getAddress().toLowerCase(Locale.ROOT);
  }

  int transactionsSent() {
    return transactions.sent();
  }

  void stopAfterTransactions(int transactions) {
    this.transactions.limit(transactions);
  }

  /** The runtime code at {@code address} ({@code 0x} hex; {@code 0x} alone if none). */
  String code(String address) {
    return run(
        "reading the code at " + address,
        () -> {
          var answer = web3j.ethGetCode(address, DefaultBlockParameterName.LATEST).send();
          return answer(rpc, "eth_getCode", answer).getCode();
        });
  }

  /** The latest block's timestamp, in Unix seconds: the contracts' notion of now. */
  long latestBlockTime() {
    return run(
        "reading the latest block",
        () ->
            answer(
                    rpc,
                    "eth_getBlockByNumber",
                    web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send())
                .getBlock()
                .getTimestamp()
                .longValueExact());
  }

  @Override
  public void close() {
    web3j.shutdown();
    scheduler.shutdownNow();
  }
}
