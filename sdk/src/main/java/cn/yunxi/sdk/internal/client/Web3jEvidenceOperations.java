package cn.yunxi.sdk.internal.client;

import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.EvidenceBatcher;
import cn.yunxi.sdk.EvidenceOperations;
import cn.yunxi.sdk.blob.BlobStore;
import cn.yunxi.sdk.internal.anchor.BatchManifestFormat;
import cn.yunxi.sdk.internal.anchor.JournaledBatcher;
import cn.yunxi.sdk.internal.tx.Rpc;
import cn.yunxi.sdk.internal.tx.TransactionSender;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CustodyAction;
import cn.yunxi.sdk.model.EvidenceRecord;
import cn.yunxi.sdk.model.NewEvidence;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.Inclusion;
import cn.yunxi.sdk.tx.TransactionException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Evidence deposits through the EvidenceRegistry, idempotent per (case, content). */
final class Web3jEvidenceOperations implements EvidenceOperations {
  private static final String DUPLICATE = "EvidenceRegistry_DuplicateContent";
  private static final String DEPOSITED_TOPIC =
      EventEncoder.encode(EvidenceRegistry.EVIDENCEDEPOSITED_EVENT);

  private final EvidenceRegistry registry;
  private final TransactionSender sender;
  private final Web3j web3j;
  private final Rpc rpc;
  private final Duration pollingInterval;
  private final Duration receiptTimeout;

  Web3jEvidenceOperations(
      EvidenceRegistry registry,
      TransactionSender sender,
      Web3j web3j,
      Rpc rpc,
      Duration pollingInterval,
      Duration receiptTimeout) {
    this.registry = registry;
    this.sender = sender;
    this.web3j = web3j;
    this.rpc = rpc;
    this.pollingInterval = pollingInterval;
    this.receiptTimeout = receiptTimeout;
  }

  @Override
  public Deposit deposit(NewEvidence item) {
    return Transactions.await(depositAsync(item));
  }

  @Override
  public CompletableFuture<Deposit> depositAsync(NewEvidence item) {
    String data =
        registry
            .deposit(
                item.caseId().toByteArray(),
                item.contentSha256().toByteArray(),
                item.contentSm3().toByteArray(),
                BigInteger.valueOf(item.kind()),
                item.blobRef().toByteArray(),
                item.metadataHash().toByteArray())
            .encodeFunctionCall();
    CompletableFuture<TransactionReceipt> mined;
    try {
      mined = sender.submit(registry.getContractAddress(), data);
    } catch (ContractRevertException refused) {
      return CompletableFuture.completedFuture(earlierDepositOrThrow(item, refused));
    }
    return mined
        .handle(
            (receipt, failure) -> {
              if (failure == null) {
                return CompletableFuture.completedFuture(depositIn(receipt, item.evidenceId()));
              }
              RuntimeException e = Transactions.unwrap(failure);
              if (e instanceof ContractRevertException refused) {
                // Off the receipt poller's thread: looking for the earlier deposit may wait.
                return CompletableFuture.supplyAsync(() -> earlierDepositOrThrow(item, refused));
              }
              return CompletableFuture.<Deposit>failedFuture(e);
            })
        .thenCompose(deposit -> deposit);
  }

  /**
   * A duplicate refusal is success when the record already there is this member's own deposit of
   * the same item: an earlier attempt landed (e.g. its receipt timed out). Otherwise it stands.
   */
  private Deposit earlierDepositOrThrow(NewEvidence item, ContractRevertException refused) {
    if (!DUPLICATE.equals(refused.error())) {
      throw refused;
    }
    Optional<Deposit> earlier = awaitDeposit(item.evidenceId());
    Address me = sender.from();
    if (earlier.isPresent()
        && earlier.get().record().depositor().equals(me)
        && sameItem(earlier.get().record(), item)) {
      return new Deposit(earlier.get().record(), earlier.get().inclusion(), true);
    }
    throw refused;
  }

  private static boolean sameItem(EvidenceRecord r, NewEvidence item) {
    return r.contentSm3().equals(item.contentSm3())
        && r.kind() == item.kind()
        && r.blobRef().equals(item.blobRef())
        && r.metadataHash().equals(item.metadataHash());
  }

  /**
   * The deposit of {@code evidenceId}, waiting up to the receipt timeout for it to be mined: a node
   * may estimate against its pending state, so the duplicate that refused this attempt can be an
   * earlier attempt of ours still in the pool (e.g. one re-sent after a node restart).
   */
  private Optional<Deposit> awaitDeposit(Bytes32 evidenceId) {
    long deadline = System.nanoTime() + receiptTimeout.toNanos();
    Optional<Deposit> found = findDeposit(evidenceId);
    while (found.isEmpty() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(pollingInterval.toNanos());
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        break;
      }
      found = findDeposit(evidenceId);
    }
    return found;
  }

  private Optional<Deposit> findDeposit(Bytes32 evidenceId) {
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameterName.EARLIEST,
            DefaultBlockParameterName.LATEST,
            registry.getContractAddress());
    filter.addSingleTopic(DEPOSITED_TOPIC);
    filter.addSingleTopic(evidenceId.toHex());
    EthLog logs = rpc.send(web3j.ethGetLogs(filter));
    if (logs.hasError()) {
      throw new TransactionException(
          "cannot look up deposit " + evidenceId + ": " + logs.getError().getMessage(), null, null);
    }
    List<EthLog.LogResult> results = logs.getLogs();
    if (results.isEmpty()) {
      return Optional.empty();
    }
    Log log = (Log) results.get(0).get();
    EvidenceRegistry.EvidenceDepositedEventResponse event =
        EvidenceRegistry.getEvidenceDepositedEventFromLog(log);
    return Optional.of(
        new Deposit(
            recordOf(event),
            new cn.yunxi.sdk.tx.Inclusion(
                Bytes32.fromHex(log.getTransactionHash()),
                log.getBlockNumber().longValueExact(),
                Bytes32.fromHex(log.getBlockHash())),
            false));
  }

  private static Deposit depositIn(TransactionReceipt receipt, Bytes32 evidenceId) {
    for (EvidenceRegistry.EvidenceDepositedEventResponse event :
        EvidenceRegistry.getEvidenceDepositedEvents(receipt)) {
      EvidenceRecord record = recordOf(event);
      if (record.evidenceId().equals(evidenceId)) {
        return new Deposit(record, Transactions.inclusionOf(receipt), false);
      }
    }
    throw new TransactionException(
        "deposit mined without its EvidenceDeposited event",
        Bytes32.fromHex(receipt.getTransactionHash()),
        null);
  }

  private static EvidenceRecord recordOf(EvidenceRegistry.EvidenceDepositedEventResponse e) {
    return new EvidenceRecord(
        Bytes32.of(e.caseId),
        Bytes32.of(e.contentSha256),
        Bytes32.of(e.contentSm3),
        e.kind.intValueExact(),
        Bytes32.of(e.blobRef),
        Bytes32.of(e.metadataHash),
        Address.fromHex(e.depositor),
        Instant.ofEpochSecond(e.depositedAt.longValueExact()),
        Bytes32.of(e.supersedes));
  }

  @Override
  public EvidenceBatcher batcher(
      Path journalFile, BlobStore manifests, int maxItems, Duration maxDelay) {
    return new JournaledBatcher(journalFile, manifests, new RegistryAnchor(), maxItems, maxDelay);
  }

  /** Anchors roots through the EvidenceRegistry with this client's member and sender. */
  private final class RegistryAnchor implements JournaledBatcher.Anchor {
    @Override
    public CompletableFuture<Inclusion> anchor(Bytes32 root, int itemCount, Bytes32 manifestRef) {
      String data =
          registry
              .anchorBatch(
                  root.toByteArray(),
                  BigInteger.valueOf(itemCount),
                  manifestRef.toByteArray(),
                  BatchManifestFormat.METADATA_HASH.toByteArray())
              .encodeFunctionCall();
      return sender
          .submit(registry.getContractAddress(), data)
          .thenApply(Transactions::inclusionOf);
    }

    @Override
    public boolean isAnchored(Bytes32 root) {
      return rpc.call("isAnchored", () -> registry.isAnchored(root.toByteArray()).send());
    }
  }

  @Override
  public Deposit correct(
      EvidenceRecord superseded,
      Bytes32 contentSha256,
      Bytes32 contentSm3,
      int kind,
      Bytes32 blobRef,
      Bytes32 metadataHash) {
    if (kind < 0 || kind > 255) {
      throw new IllegalArgumentException("kind not a uint8: " + kind);
    }
    String data =
        registry
            .correct(
                onChainShape(superseded),
                contentSha256.toByteArray(),
                contentSm3.toByteArray(),
                BigInteger.valueOf(kind),
                blobRef.toByteArray(),
                metadataHash.toByteArray())
            .encodeFunctionCall();
    TransactionReceipt receipt =
        Transactions.await(sender.submit(registry.getContractAddress(), data));
    Bytes32 id =
        EvidenceRecord.evidenceIdOf(superseded.caseId(), contentSha256, superseded.evidenceId());
    return depositIn(receipt, id);
  }

  @Override
  public Inclusion recordAccess(
      Bytes32 subject, Bytes32 caseId, CustodyAction action, Bytes32 ref) {
    String data =
        registry
            .recordAccess(
                subject.toByteArray(),
                caseId.toByteArray(),
                BigInteger.valueOf(action.ordinal()),
                ref.toByteArray())
            .encodeFunctionCall();
    return Transactions.inclusionOf(
        Transactions.await(sender.submit(registry.getContractAddress(), data)));
  }

  @Override
  public boolean isDeposited(Bytes32 evidenceId) {
    return rpc.call("isDeposited", () -> registry.isDeposited(evidenceId.toByteArray()).send());
  }

  @Override
  public boolean recordMatches(EvidenceRecord r) {
    EvidenceRegistry.EvidenceRecord shape = onChainShape(r);
    return rpc.call("recordMatches", () -> registry.recordMatches(shape).send());
  }

  private static EvidenceRegistry.EvidenceRecord onChainShape(EvidenceRecord r) {
    return new EvidenceRegistry.EvidenceRecord(
        r.caseId().toByteArray(),
        r.contentSha256().toByteArray(),
        r.contentSm3().toByteArray(),
        BigInteger.valueOf(r.kind()),
        r.blobRef().toByteArray(),
        r.metadataHash().toByteArray(),
        r.depositor().toHex(),
        BigInteger.valueOf(r.depositedAt().getEpochSecond()),
        r.supersedes().toByteArray());
  }
}
