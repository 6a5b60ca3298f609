package cn.yunxi.network.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.network.ConsortiumLoader;
import cn.yunxi.network.Credential;
import cn.yunxi.network.Department;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.Member;
import cn.yunxi.network.Role;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/** The deployer against a real Anvil running jiangbei.yaml's chain id. */
class ConsortiumDeployerIT {
  private static final long CHAIN_ID = 20_261_128L;

  /** 5 contracts, the evidence link, 6 departments, 14 members, finishBootstrap. */
  private static final int FULL_RUN = 5 + 1 + 6 + 14 + 1;

  private static final cn.yunxi.network.Consortium JIANGBEI =
      ConsortiumLoader.create()
          .load(AnvilNode.repositoryRoot().resolve("network-config/examples/jiangbei.yaml"))
          .consortium();

  private final Credentials deployer = DevConsortium.person("deployer");
  private final List<String> progress = new ArrayList<>();
  private AnvilNode anvil;
  private Web3j web3j;

  @BeforeEach
  void startAnvil() throws IOException {
    anvil = AnvilNode.start(CHAIN_ID);
    web3j = Web3j.build(new HttpService(anvil.rpcUrl()));
  }

  @AfterEach
  void stopAnvil() {
    web3j.shutdown();
    anvil.close();
  }

  @Test
  void deploysJiangbeiAndTheChainHoldsEveryDepartmentMemberAndRole() throws Exception {
    Deployment deployment = deploy(deployer, Optional.empty());

    assertThat(deployment.chainId()).isEqualTo(CHAIN_ID);
    for (Address contract : deployment.contracts().all()) {
      assertThat(code(contract)).isNotEqualTo("0x");
    }
    ChainSnapshot chain = ChainSnapshot.read(anvil.rpcUrl(), deployment, JIANGBEI);
    int i = 0;
    int j = 0;
    for (Department d : JIANGBEI.departments()) {
      var onChain = chain.departments().get(i++);
      assertThat(onChain.registered()).as(d.code()).isTrue();
      assertThat(onChain.active()).as(d.code()).isTrue();
      assertThat(onChain.nameHash()).isEqualTo(Bytes32.of(keccak(d.name())));
      assertThat(onChain.seal().toHex())
          .isEqualTo(KeyResolver.withoutPasswords().address(d.sealKey()));
      assertThat(onChain.encryptionKey())
          .isEqualTo(KeyResolver.withoutPasswords().publicKey(d.encryptionKey()));
      assertThat(onChain.adminCount()).isEqualTo(1);
      for (Member m : d.members()) {
        var member = chain.members().get(j++);
        assertThat(member.account().toHex()).isEqualTo(m.accountAddress().orElseThrow());
        assertThat(member.department()).isEqualTo(Bytes32.of(d.codeBytes32()));
        assertThat(names(member.roles())).as(m.name()).isEqualTo(names(m.roles()));
        // Credentials are in the future: every role is effective.
        assertThat(names(member.effectiveRoles())).isEqualTo(names(m.roles()));
        if (m.roles().contains(Role.OFFICER) || m.roles().contains(Role.CAPTAIN)) {
          Credential c = m.credential().orElseThrow();
          assertThat(member.credentialRef()).isEqualTo(Bytes32.of(keccak(c.reference())));
          assertThat(member.credentialExpiry().getEpochSecond())
              .isEqualTo(c.expiresAtEpochSecond());
        } else {
          assertThat(member.credentialRef()).isEqualTo(Bytes32.ZERO);
        }
      }
    }
    assertThat(bootstrapper(deployment)).isEqualTo(Address.ZERO.toHex());
    assertThat(nonce()).isEqualTo(FULL_RUN);
    assertThat(progress).doesNotHaveDuplicates();
    assertThat(progress.get(0)).startsWith("deploying Consortium… 0x");
    assertThat(progress)
        .contains(
            "department JB-JJDD registered",
            "member 洪塘中队执法队员 "
                + DevConsortium.person("officer").getAddress()
                + " (JB-ZHXZZF: OFFICER) registered",
            "bootstrap finished: the deployer has no power left");
  }

  @Test
  void aSecondRunSendsNoTransactionAndReportsEverythingAsThere() throws Exception {
    Deployment first = deploy(deployer, Optional.empty());
    long nonce = nonce();
    progress.clear();

    Deployment second = deploy(deployer, Optional.of(Deployment.fromJson(first.toJson())));

    assertThat(second).isEqualTo(first);
    assertThat(nonce()).isEqualTo(nonce);
    assertThat(progress)
        .doesNotHaveDuplicates()
        .contains(
            "Consortium already deployed at " + first.contracts().consortium().toHex(),
            "EvidenceRegistry already linked to DataRequestRegistry "
                + first.contracts().requests().toHex(),
            "department JB-JJDD already registered",
            "bootstrap already finished")
        .noneMatch(line -> line.endsWith(" registered") && !line.contains("already"));
  }

  /** 3: during the contracts; 5: before the link; 13: half the departments and members. */
  @ParameterizedTest
  @ValueSource(ints = {3, 5, 13, FULL_RUN - 1})
  void anInterruptedRunCompletesOnTheNextAndEndsAsAnUninterruptedOne(int stopAfter)
      throws Exception {
    AtomicReference<Deployment> saved = new AtomicReference<>();
    try (ConsortiumDeployer interrupted = connect(deployer)) {
      interrupted.onContractsDeployed(saved::set).stopAfterTransactions(stopAfter);
      assertThatThrownBy(() -> interrupted.deploy(JIANGBEI, Optional.empty()))
          .isInstanceOf(DeploymentException.class)
          .hasMessageContaining("stopped after " + stopAfter + " transactions");
    }
    assertThat(nonce()).isEqualTo(stopAfter);

    Deployment resumed;
    int sentByResume;
    try (ConsortiumDeployer again = connect(deployer)) {
      resumed = again.deploy(JIANGBEI, Optional.ofNullable(saved.get()));
      sentByResume = again.transactionsSent();
    }
    // Another account deploys the same YAML without interruption, as the reference.
    Deployment reference = deploy(DevConsortium.person("other deployer"), Optional.empty());

    if (saved.get() != null) {
      assertThat(resumed).isEqualTo(saved.get());
      assertThat(sentByResume).isEqualTo(FULL_RUN - stopAfter);
    } else {
      // Interrupted before the contracts were all there: nothing to resume, a fresh deployment.
      assertThat(sentByResume).isEqualTo(FULL_RUN);
    }
    assertThat(ChainSnapshot.read(anvil.rpcUrl(), resumed, JIANGBEI))
        .isEqualTo(ChainSnapshot.read(anvil.rpcUrl(), reference, JIANGBEI));
    assertThat(bootstrapper(resumed)).isEqualTo(Address.ZERO.toHex());
  }

  @Test
  void aYamlThatDiffersFromAFinishedBootstrapIsReportedNotIgnored() throws Exception {
    Deployment deployment = deploy(deployer, Optional.empty());
    long nonce = nonce();
    List<Department> departments = new ArrayList<>(JIANGBEI.departments());
    Department enforcement = departments.get(0);
    Member officer = enforcement.members().get(0);
    List<Member> members = new ArrayList<>(enforcement.members());
    members.set(
        0,
        new Member(
            officer.name(),
            officer.address(),
            officer.key(),
            Set.of(Role.OFFICER, Role.CAPTAIN),
            officer.credential()));
    departments.set(
        0,
        new Department(
            enforcement.code(),
            enforcement.name(),
            KeyRef.parse("seed:seal:enforcement:v2"),
            enforcement.encryptionKey(),
            enforcement.nodes(),
            members));
    departments.add(
        new Department(
            "JB-NEW",
            "新部门",
            KeyRef.parse("seed:seal:new"),
            KeyRef.parse("seed:encryption:new"),
            List.of(),
            List.of(
                new Member(
                    "管理员",
                    Optional.empty(),
                    Optional.of(KeyRef.parse("seed:newAdmin")),
                    Set.of(Role.ADMIN),
                    Optional.empty()))));
    var changed =
        new cn.yunxi.network.Consortium(
            JIANGBEI.name(), JIANGBEI.chain(), JIANGBEI.devChain(), JIANGBEI.plugin(), departments);

    try (ConsortiumDeployer d = connect(deployer)) {
      assertThatThrownBy(() -> d.deploy(changed, Optional.of(deployment)))
          .isInstanceOfSatisfying(
              GovernanceRequiredException.class,
              e ->
                  assertThat(e.differences())
                      .hasSize(4)
                      .anySatisfy(line -> assertThat(line).contains("JB-ZHXZZF: seal"))
                      .anySatisfy(
                          line ->
                              assertThat(line)
                                  .contains("洪塘中队执法队员")
                                  .contains("has roles OFFICER on chain"))
                      .anySatisfy(
                          line ->
                              assertThat(line)
                                  .contains("department JB-NEW is not registered")
                                  .contains("governance"))
                      .anySatisfy(
                          line -> assertThat(line).contains("管理员").contains("not registered")));
    }
    assertThat(nonce()).isEqualTo(nonce);
  }

  @Test
  void previousAddressesWithoutCodeOnThisChainMeanAFreshDeployment() throws Exception {
    Deployment elsewhere =
        new Deployment(
            CHAIN_ID,
            ContractAddresses.fromHex(
                "0x00000000000000000000000000000000000000a1",
                "0x00000000000000000000000000000000000000a2",
                "0x00000000000000000000000000000000000000a3",
                "0x00000000000000000000000000000000000000a4",
                "0x00000000000000000000000000000000000000a5"),
            3);

    Deployment deployment = deploy(deployer, Optional.of(elsewhere));

    assertThat(deployment.contracts()).isNotEqualTo(elsewhere.contracts());
    assertThat(progress.get(0)).contains("no contract at the previous deployment's addresses");
    assertThat(nonce()).isEqualTo(FULL_RUN);
  }

  @Test
  void aNodeOnAnotherChainIdIsRefusedBeforeAnythingIsSent() throws Exception {
    try (AnvilNode other = AnvilNode.start(CHAIN_ID + 1)) {
      assertThatThrownBy(
              () ->
                  ConsortiumDeployer.connect(
                      URI.create(other.rpcUrl()), CHAIN_ID, deployer, progress::add))
          .isInstanceOf(DeploymentException.class)
          .hasMessageContaining("runs chain id " + (CHAIN_ID + 1) + ", not " + CHAIN_ID);

      // Connected to the node's own id, the YAML's chain id (20261128) is refused.
      try (ConsortiumDeployer d =
          ConsortiumDeployer.connect(
              URI.create(other.rpcUrl()), CHAIN_ID + 1, deployer, progress::add)) {
        assertThatThrownBy(() -> d.deploy(JIANGBEI, Optional.empty()))
            .isInstanceOf(DeploymentException.class)
            .hasMessageContaining("is for chain id " + CHAIN_ID);
      }
    }
    assertThat(progress).isEmpty();
  }

  @Test
  void anUnreachableNodeIsAClearError() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + port);

    assertThatThrownBy(() -> ConsortiumDeployer.connect(nowhere, CHAIN_ID, deployer, progress::add))
        .isInstanceOf(DeploymentException.class)
        .hasMessageStartingWith("cannot reach the node at " + nowhere);
  }

  private Deployment deploy(Credentials who, Optional<Deployment> previous) {
    try (ConsortiumDeployer d = connect(who)) {
      return d.deploy(JIANGBEI, previous);
    }
  }

  private ConsortiumDeployer connect(Credentials who) {
    return ConsortiumDeployer.connect(URI.create(anvil.rpcUrl()), CHAIN_ID, who, progress::add);
  }

  private long nonce() throws IOException {
    return web3j
        .ethGetTransactionCount(deployer.getAddress(), DefaultBlockParameterName.LATEST)
        .send()
        .getTransactionCount()
        .longValueExact();
  }

  private String code(Address contract) throws IOException {
    return web3j.ethGetCode(contract.toHex(), DefaultBlockParameterName.LATEST).send().getCode();
  }

  private String bootstrapper(Deployment deployment) throws Exception {
    return Consortium.load(
            deployment.contracts().consortium().toHex(),
            web3j,
            new ReadonlyTransactionManager(web3j, deployer.getAddress()),
            new DefaultGasProvider())
        .bootstrapper()
        .send();
  }

  private static Set<String> names(Set<? extends Enum<?>> roles) {
    return roles.stream().map(Enum::name).collect(Collectors.toSet());
  }

  private static byte[] keccak(String text) {
    return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
  }
}
