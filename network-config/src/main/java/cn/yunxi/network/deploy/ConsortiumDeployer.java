package cn.yunxi.network.deploy;

import cn.yunxi.network.Consortium;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.web3j.crypto.Credentials;

/**
 * Deploys a consortium's five contracts and bootstraps its departments and members from the YAML
 * model — idempotently and resumably:
 *
 * <ul>
 *   <li>the contracts of a previous {@link Deployment} are reused when they are on this chain and
 *       point at each other; otherwise the five are deployed and the evidence registry linked;
 *   <li>the bootstrap reads the chain and sends only what is missing (departments, members, {@code
 *       finishBootstrap()}): a second run sends no transaction, and an interrupted run completes;
 *   <li>once the bootstrap is finished, anything the YAML asks for that the chain does not hold is
 *       reported in one {@link GovernanceRequiredException}, never silently ignored.
 * </ul>
 *
 * Transactions go one at a time from the deployer's account, each waited for (receipts polled every
 * 100 ms), with gas price 0 (Anvil, and Besu with {@code min-gas-price=0}). Every step is reported
 * once through the progress consumer ("deploying Consortium… 0x…", "department JB-JJDD registered",
 * "member … already registered"). Not thread-safe: one deployment at a time.
 */
public final class ConsortiumDeployer implements AutoCloseable {
  private final ChainSession chain;
  private final Consumer<String> progress;
  private KeyResolver keys = KeyResolver.withoutPasswords();
  private Consumer<Deployment> checkpoint = d -> {};

  private ConsortiumDeployer(ChainSession chain, Consumer<String> progress) {
    this.chain = chain;
    this.progress = progress;
  }

  /**
   * Connects to the node at {@code rpc} and checks that it answers with {@code chainId}.
   *
   * @param rpc the node's JSON-RPC HTTP endpoint, e.g. {@code http://127.0.0.1:8545}
   * @param chainId the consortium's chain id ({@code chain.chainId})
   * @param deployer the account that deploys and bootstraps (it keeps no power afterwards)
   * @param progress receives one line per step
   * @throws DeploymentException if the node is unreachable or runs another chain id
   */
  public static ConsortiumDeployer connect(
      URI rpc, long chainId, Credentials deployer, Consumer<String> progress) {
    Objects.requireNonNull(rpc, "rpc");
    Objects.requireNonNull(deployer, "deployer");
    Objects.requireNonNull(progress, "progress");
    return new ConsortiumDeployer(ChainSession.open(rpc, chainId, deployer), progress);
  }

  /**
   * Opens the YAML's keys with {@code keys} (members' accounts, seals, encryption keys). Default:
   * {@link KeyResolver#withoutPasswords()}, enough for {@code seed:} keys.
   */
  public ConsortiumDeployer withKeys(KeyResolver keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
    return this;
  }

  /**
   * Tells {@code checkpoint} of a new deployment as soon as the five contracts exist, before the
   * bootstrap: save it there (e.g. {@link Deployment#toJson()} to a file) and pass it as {@code
   * previous} after an interruption, so the next run continues with the same contracts.
   */
  public ConsortiumDeployer onContractsDeployed(Consumer<Deployment> checkpoint) {
    this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    return this;
  }

  /**
   * Deploys (or reuses) the contracts and completes the bootstrap of {@code consortium}. Every key
   * is opened before the first transaction.
   *
   * @param consortium the validated model; its chain id must be this chain's
   * @param previous the deployment of an earlier run, if any
   * @return the deployment (the previous one when its contracts were reused)
   * @throws GovernanceRequiredException if the chain holds what the deployer may not change
   * @throws DeploymentException if a key cannot be opened, a transaction fails or the node goes
   *     away; a later run resumes where this one stopped
   */
  public Deployment deploy(Consortium consortium, Optional<Deployment> previous) {
    Objects.requireNonNull(consortium, "consortium");
    Objects.requireNonNull(previous, "previous");
    if (consortium.chain().chainId() != chain.chainId()) {
      throw new DeploymentException(
          "consortium "
              + consortium.name()
              + " is for chain id "
              + consortium.chain().chainId()
              + ", the deployer is connected to chain id "
              + chain.chainId());
    }
    BootstrapPlan plan = BootstrapPlan.of(consortium, keys);
    List<String> withoutAdmin = plan.departmentsWithoutAdmin();
    if (!withoutAdmin.isEmpty()) {
      throw new DeploymentException(
          "finishBootstrap() needs an ADMIN member in every department; none in "
              + String.join(", ", withoutAdmin)
              + ": add one to the YAML (nothing was sent)");
    }
    ContractInstaller.Installed installed =
        new ContractInstaller(chain, progress).install(previous, checkpoint);
    new Bootstrapper(chain, installed.contracts().consortium(), progress).run(plan);
    return installed.deployment();
  }

  /** The chain id the node answered with. */
  public long chainId() {
    return chain.chainId();
  }

  /** The deployer's account, {@code 0x}, lower case. */
  public String deployerAddress() {
    return chain.deployerAddress();
  }

  /** How many transactions this deployer has sent so far. */
  public int transactionsSent() {
    return chain.transactionsSent();
  }

  /** Test hook: the run stops (with a {@link DeploymentException}) after {@code n} more sends. */
  void stopAfterTransactions(int n) {
    chain.stopAfterTransactions(n);
  }

  @Override
  public void close() {
    chain.close();
  }
}
