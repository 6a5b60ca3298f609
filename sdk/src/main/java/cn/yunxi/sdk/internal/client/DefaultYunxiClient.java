package cn.yunxi.sdk.internal.client;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.contracts.generated.LetterRegistry;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.ConsortiumOperations;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.EventOperations;
import cn.yunxi.sdk.EvidenceOperations;
import cn.yunxi.sdk.LetterOperations;
import cn.yunxi.sdk.RequestOperations;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.internal.tx.ChainNonceManager;
import cn.yunxi.sdk.internal.tx.ReceiptPoller;
import cn.yunxi.sdk.internal.tx.Rpc;
import cn.yunxi.sdk.internal.tx.TransactionSender;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.tx.GasPolicy;
import cn.yunxi.sdk.tx.NonceManager;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * The client: one web3j connection, one receipt poller, one transaction sender, and the operation
 * groups over them. The wrappers are loaded read-only — they only encode calls and run views; every
 * transaction goes through our {@link TransactionSender}.
 */
public final class DefaultYunxiClient implements YunxiClient {
  private final Signer signer;
  private final ContractAddresses contracts;
  private final Web3j web3j;
  private final ScheduledExecutorService web3jScheduler;
  private final ReceiptPoller receipts;
  private final EvidenceOperations evidence;
  private final CaseOperations cases;
  private final ConsortiumOperations consortium;
  private final LetterOperations letters;
  private final RequestOperations requests;
  private final EventOperations events;

  @SuppressWarnings("deprecation") // DefaultGasProvider: unused, the wrappers never send
  public DefaultYunxiClient(
      String endpoint,
      long chainId,
      Signer signer,
      ContractAddresses contracts,
      GasPolicy gas,
      NonceManager nonceManager,
      Duration pollingInterval,
      Duration receiptTimeout,
      Duration nodePatience,
      int confirmations) {
    this.signer = signer;
    this.contracts = contracts;
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .build();
    this.web3jScheduler = Executors.newSingleThreadScheduledExecutor(daemon("yunxi-web3j"));
    this.web3j =
        Web3j.build(new HttpService(endpoint, http), pollingInterval.toMillis(), web3jScheduler);
    Rpc rpc = new Rpc(nodePatience);
    NonceManager nonces =
        nonceManager != null
            ? nonceManager
            : new ChainNonceManager(
                account ->
                    rpc.send(
                            web3j.ethGetTransactionCount(
                                account.toHex(), DefaultBlockParameterName.PENDING))
                        .getTransactionCount()
                        .longValueExact());
    this.receipts = new ReceiptPoller(web3j, pollingInterval, receiptTimeout, confirmations);
    TransactionSender sender =
        new TransactionSender(web3j, rpc, chainId, signer, nonces, gas, receipts);

    ReadonlyTransactionManager readOnly =
        new ReadonlyTransactionManager(web3j, signer.address().toHex());
    DefaultGasProvider noGas = new DefaultGasProvider();
    this.evidence =
        new Web3jEvidenceOperations(
            EvidenceRegistry.load(contracts.evidence().toHex(), web3j, readOnly, noGas),
            sender,
            web3j,
            rpc,
            pollingInterval,
            receiptTimeout);
    this.cases =
        new Web3jCaseOperations(
            CaseRegistry.load(contracts.cases().toHex(), web3j, readOnly, noGas),
            new ContractCalls(contracts.cases().toHex(), sender),
            rpc);
    this.consortium =
        new Web3jConsortiumOperations(
            Consortium.load(contracts.consortium().toHex(), web3j, readOnly, noGas),
            new ContractCalls(contracts.consortium().toHex(), sender),
            rpc);
    this.letters =
        new Web3jLetterOperations(
            LetterRegistry.load(contracts.letters().toHex(), web3j, readOnly, noGas),
            new ContractCalls(contracts.letters().toHex(), sender),
            rpc,
            signer,
            chainId);
    this.requests =
        new Web3jRequestOperations(
            DataRequestRegistry.load(contracts.requests().toHex(), web3j, readOnly, noGas),
            new ContractCalls(contracts.requests().toHex(), sender),
            rpc,
            chainId,
            web3j,
            consortium);
    this.events = new LogEventOperations(web3j, rpc, contracts, pollingInterval);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public Address account() {
    return signer.address();
  }

  @Override
  public ContractAddresses contracts() {
    return contracts;
  }

  @Override
  public EvidenceOperations evidence() {
    return evidence;
  }

  @Override
  public CaseOperations cases() {
    return cases;
  }

  @Override
  public ConsortiumOperations consortium() {
    return consortium;
  }

  @Override
  public LetterOperations letters() {
    return letters;
  }

  @Override
  public RequestOperations requests() {
    return requests;
  }

  @Override
  public EventOperations events() {
    return events;
  }

  @Override
  public void close() {
    // Receipts first (fails what is still waiting), then the connection they use.
    receipts.close();
    web3j.shutdown();
    web3jScheduler.shutdownNow();
  }
}
