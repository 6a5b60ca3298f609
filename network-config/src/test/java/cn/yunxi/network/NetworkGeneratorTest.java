package cn.yunxi.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkGeneratorTest {
  private static final NetworkGenerator GENERATOR =
      NetworkGenerator.create()
          .withKeys(NodeKeys.deterministic(GoldenNetworkTest.SEED))
          .withClock(ConsortiumLoaderTest.CLOCK);

  /**
   * Every Besu 26 option the generated config.toml may use, each checked in Besu's sources
   * (github.com/hyperledger/besu, app/src/main/java/org/hyperledger/besu/cli/): BesuCommand
   * (data-path, genesis-file, sync-mode, host-allowlist, revert-reason-enabled),
   * P2PDiscoveryOptions (p2p-host, p2p-port, bootnodes), PermissionsOptions, JsonRpcHttpOptions,
   * RpcWebsocketOptions, MiningOptions (min-gas-price), DataStorageOptions, TransactionPoolOptions
   * (tx-pool); and the Yunxi plugin's own options (node-plugin's YunxiOptions).
   */
  private static final Set<String> KNOWN_OPTIONS =
      Set.of(
          "genesis-file",
          "data-path",
          "sync-mode",
          "data-storage-format",
          "p2p-host",
          "p2p-port",
          "bootnodes",
          "permissions-nodes-config-file-enabled",
          "permissions-nodes-config-file",
          "min-gas-price",
          "tx-pool",
          "rpc-http-enabled",
          "rpc-http-host",
          "rpc-http-port",
          "rpc-http-api",
          "rpc-ws-enabled",
          "rpc-ws-host",
          "rpc-ws-port",
          "rpc-ws-api",
          "host-allowlist",
          "revert-reason-enabled",
          "plugin-yunxi-enabled",
          "plugin-yunxi-data-path",
          "plugin-yunxi-contracts",
          "plugin-yunxi-queue-capacity");

  private static Consortium jiangbei;

  @BeforeAll
  static void load() {
    jiangbei =
        ConsortiumLoader.withClock(ConsortiumLoaderTest.CLOCK)
            .load(Path.of("examples/jiangbei.yaml"))
            .consortium();
  }

  @Test
  void genesisIsAQbftCancunFreeGasGenesisOfTheSortedValidators(@TempDir Path tmp)
      throws IOException {
    GeneratedNetwork net = GENERATOR.generate(jiangbei, tmp.resolve("net"));
    JsonNode genesis = new ObjectMapper().readTree(net.genesisFile().toFile());
    JsonNode config = genesis.get("config");
    assertThat(config.get("chainId").asLong()).isEqualTo(20_261_128L);
    for (String milestone :
        List.of("berlinBlock", "londonBlock", "shanghaiTime", "cancunTime", "petersburgBlock")) {
      assertThat(config.get(milestone).isNumber()).as(milestone + " is a number").isTrue();
      assertThat(config.get(milestone).asLong()).as(milestone).isZero();
    }
    assertThat(config.has("pragueTime")).as("nothing after Cancun").isFalse();
    assertThat(config.get("zeroBaseFee").asBoolean()).isTrue();
    JsonNode qbft = config.get("qbft");
    assertThat(qbft.get("blockperiodseconds").asInt()).isEqualTo(2);
    assertThat(qbft.get("requesttimeoutseconds").asInt()).isEqualTo(4);
    assertThat(qbft.get("epochlength").asInt()).isEqualTo(30_000);
    assertThat(genesis.get("difficulty").asText()).isEqualTo("0x1");
    assertThat(genesis.get("mixHash").asText())
        .isEqualTo("0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365");
    assertThat(genesis.get("gasLimit").asText()).isEqualTo("0x1c9c380");

    QbftExtraData extraData = QbftExtraData.decode(genesis.get("extraData").asText());
    List<String> validatorAddresses =
        net.validators().stream().map(GeneratedNode::address).toList();
    assertThat(extraData.validators())
        .hasSize(5)
        .isSorted()
        .containsExactlyInAnyOrderElementsOf(validatorAddresses);
    assertThat(extraData).isEqualTo(net.extraData());
    assertThat(net.warnings()).hasSize(1);
  }

  @Test
  void eachNodesKeyIsItsEnodeAndItsValidatorAddress(@TempDir Path tmp) throws IOException {
    GeneratedNetwork net = GENERATOR.generate(jiangbei, tmp.resolve("net"));
    assertThat(net.nodes())
        .extracting(GeneratedNode::name)
        .containsExactly(
            "zhxzzf-1", "zhxzzf-rpc", "jjdd-1", "xfjy-1", "zjj-1", "scjgj-1", "zfjd-1");
    for (GeneratedNode node : net.nodes()) {
      String key = Files.readString(node.directory().resolve("data/key"));
      assertThat(key).matches("0x[0-9a-f]{64}");
      BigInteger privateKey = new BigInteger(key.substring(2), 16);
      assertThat(cn.yunxi.network.internal.Secp256k1.addressOf(privateKey))
          .isEqualTo(node.address());
      assertThat(Files.readString(node.directory().resolve("data/key.pub")))
          .isEqualTo(node.publicKey());
      assertThat(Files.readString(node.directory().resolve("enode")))
          .isEqualTo(node.enode() + "\n");
      assertThat(node.enode())
          .isEqualTo("enode://" + node.publicKey().substring(2) + "@" + host(node) + ":30303");
    }
  }

  @Test
  void everyNodeAllowsEveryNodeAndBootstrapsFromTheOtherValidators(@TempDir Path tmp)
      throws IOException {
    GeneratedNetwork net = GENERATOR.generate(jiangbei, tmp.resolve("net"));
    List<String> all = net.nodes().stream().map(GeneratedNode::enode).toList();
    for (GeneratedNode node : net.nodes()) {
      String permissions =
          Files.readString(node.directory().resolve("data/permissions_config.toml"));
      assertThat(quoted(section(permissions, "nodes-allowlist="))).containsExactlyElementsOf(all);
      String config = Files.readString(node.directory().resolve("config.toml"));
      List<String> expectedBootnodes =
          net.validators().stream()
              .filter(v -> !v.name().equals(node.name()))
              .map(GeneratedNode::enode)
              .toList();
      assertThat(quoted(section(config, "bootnodes=")))
          .containsExactlyElementsOf(expectedBootnodes);
      assertThat(config)
          .contains("rpc-http-api=[\"ETH\",\"NET\",\"QBFT\",\"WEB3\",\"TXPOOL\",\"YUNXI\"]")
          .contains("min-gas-price=0\n")
          .contains("permissions-nodes-config-file-enabled=true\n")
          .contains("plugin-yunxi-enabled=false\n")
          .contains("plugin-yunxi-queue-capacity=1024\n");
    }
    String rpcNode = Files.readString(net.directory().resolve("zhxzzf-rpc/config.toml"));
    assertThat(rpcNode)
        .contains("rpc-http-host=\"10.20.1.12\"")
        .contains("host-allowlist=[\"localhost\",\"127.0.0.1\",\"10.20.1.12\"]");
  }

  @Test
  void configTomlUsesOnlyOptionsBesuAndThePluginKnow(@TempDir Path tmp) throws IOException {
    GeneratedNetwork net = GENERATOR.generate(jiangbei, tmp.resolve("net"));
    for (GeneratedNode node : net.nodes()) {
      List<String> keys = new ArrayList<>();
      for (String line : Files.readAllLines(node.directory().resolve("config.toml"))) {
        Matcher m = Pattern.compile("^([a-z0-9-]+)=").matcher(line);
        if (m.find()) {
          keys.add(m.group(1));
        }
      }
      assertThat(keys).doesNotHaveDuplicates().isSubsetOf(KNOWN_OPTIONS);
      assertThat(keys).hasSize(KNOWN_OPTIONS.size());
    }
  }

  @Test
  void withoutThePluginThereAreNoPluginOptionsNorYunxiApi(@TempDir Path tmp) throws IOException {
    Consortium noPlugin =
        new Consortium(
            jiangbei.name(),
            jiangbei.chain(),
            jiangbei.devChain(),
            new PluginSettings(false, false, "unused", 1024),
            jiangbei.departments());
    GeneratedNetwork net = GENERATOR.generate(noPlugin, tmp.resolve("net"));
    String config = Files.readString(net.nodes().get(0).directory().resolve("config.toml"));
    assertThat(config).doesNotContain("plugin-yunxi").doesNotContain("YUNXI");
  }

  @Test
  void privateKeysAreOwnerOnlyAndStartScriptsExecutable(@TempDir Path tmp) throws IOException {
    GeneratedNetwork net = GENERATOR.generate(jiangbei, tmp.resolve("net"));
    assertThat(mode(net.directory())).isEqualTo("rwx------");
    for (GeneratedNode node : net.nodes()) {
      assertThat(mode(node.directory().resolve("data"))).isEqualTo("rwx------");
      assertThat(mode(node.directory().resolve("data/key"))).isEqualTo("rw-------");
      assertThat(mode(node.directory().resolve("start.sh"))).isEqualTo("rwxr-xr-x");
      assertThat(mode(node.directory().resolve("config.toml"))).isEqualTo("rw-r--r--");
    }
  }

  @Test
  void theStartScriptRunsBesuWithTheNodesConfigFromItsDirectory(@TempDir Path tmp)
      throws Exception {
    GeneratedNetwork net = GENERATOR.generate(jiangbei, tmp.resolve("net"));
    Path script = net.nodes().get(0).directory().resolve("start.sh");
    // A stand-in for besu that prints its working directory and arguments.
    Path fakeBesu = tmp.resolve("fake-besu");
    Files.writeString(fakeBesu, "#!/bin/sh\necho \"$(pwd) $*\"\n");
    Files.setPosixFilePermissions(fakeBesu, PosixFilePermissions.fromString("rwx------"));

    Result ok = run(tmp, fakeBesu, script.toString(), "--logging=DEBUG");
    assertThat(ok.exit()).isZero();
    assertThat(ok.output().strip())
        .isEqualTo(
            net.nodes().get(0).directory().toRealPath()
                + " --config-file=config.toml --logging=DEBUG");

    Files.delete(script.resolveSibling("data/key"));
    Result missingKey = run(tmp, fakeBesu, script.toString());
    assertThat(missingKey.exit()).isEqualTo(1);
    assertThat(missingKey.output()).contains("data/key is missing");
  }

  @Test
  void refusesToOverwriteAnExistingNetwork(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("net");
    GENERATOR.generate(jiangbei, out);
    String key = Files.readString(out.resolve("zhxzzf-1/data/key"));

    NetworkGenerator other = NetworkGenerator.create().withClock(ConsortiumLoaderTest.CLOCK);
    assertThatThrownBy(() -> other.generate(jiangbei, out))
        .isInstanceOf(OutputExistsException.class)
        .hasMessageContaining("refusing to overwrite");
    assertThat(Files.readString(out.resolve("zhxzzf-1/data/key"))).isEqualTo(key);

    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> other.generate(jiangbei, file))
        .isInstanceOf(OutputExistsException.class);
    assertThat(leftovers(tmp)).isEmpty();

    // An empty directory (e.g. from mktemp -d) is fine.
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    other.generate(jiangbei, empty);
    assertThat(empty.resolve("genesis.json")).exists();
  }

  @Test
  void anInvalidConsortiumWritesNothing(@TempDir Path tmp) {
    Department first = jiangbei.departments().get(0);
    Node clash = first.nodes().get(0);
    Department duplicated =
        new Department(
            first.code(),
            first.name(),
            first.sealKey(),
            first.encryptionKey(),
            List.of(clash, clash),
            first.members());
    List<Department> departments = new ArrayList<>(jiangbei.departments());
    departments.set(0, duplicated);
    Consortium invalid =
        new Consortium(
            jiangbei.name(), jiangbei.chain(), jiangbei.devChain(), jiangbei.plugin(), departments);
    assertThatThrownBy(() -> GENERATOR.generate(invalid, tmp.resolve("net")))
        .isInstanceOf(InvalidConsortiumException.class)
        .hasMessageContaining("departments[0].nodes[1].name");
    assertThat(tmp.resolve("net")).doesNotExist();
  }

  @Test
  void aNodeWhosePublicKeyIsGivenGetsNoPrivateKeyFile(@TempDir Path tmp) throws IOException {
    // Besu's documented development key pair (its QBFT test genesis, acceptance-tests/…/qbft/
    // qbft-emptyextradata.json): private key 8f2a5594…be63 belongs to account 0xfe3b557e…bd73.
    BigInteger besuDevKey =
        new BigInteger("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63", 16);
    String publicKey =
        java.util.HexFormat.of()
            .formatHex(cn.yunxi.network.internal.Secp256k1.publicKeyOf(besuDevKey));
    Department first = jiangbei.departments().get(0);
    Node own = first.nodes().get(0);
    Node withKey =
        new Node(
            own.name(),
            own.host(),
            own.p2pPort(),
            own.rpcPort(),
            own.wsPort(),
            true,
            own.rpcHost(),
            Optional.of("0x" + publicKey));
    List<Node> nodes = new ArrayList<>(first.nodes());
    nodes.set(0, withKey);
    List<Department> departments = new ArrayList<>(jiangbei.departments());
    departments.set(
        0,
        new Department(
            first.code(),
            first.name(),
            first.sealKey(),
            first.encryptionKey(),
            nodes,
            first.members()));
    Consortium consortium =
        new Consortium(
            jiangbei.name(), jiangbei.chain(), jiangbei.devChain(), jiangbei.plugin(), departments);

    GeneratedNetwork net = GENERATOR.generate(consortium, tmp.resolve("net"));
    GeneratedNode node = net.nodes().get(0);
    assertThat(node.privateKeyWritten()).isFalse();
    assertThat(node.address()).isEqualTo("0xfe3b557e8fb62b89f4916b721be55ceb828dbd73");
    assertThat(node.directory().resolve("data/key")).doesNotExist();
    assertThat(Files.readString(node.directory().resolve("data/key.pub")))
        .isEqualTo("0x" + publicKey);
    assertThat(net.extraData().validators()).contains(node.address());
    assertThat(Files.readString(node.directory().resolve("start.sh")))
        .contains("put this node's private key there");
  }

  @Test
  void randomKeysDifferBetweenNetworksAndDeterministicKeysDoNot(@TempDir Path tmp) {
    NetworkGenerator random = NetworkGenerator.create().withClock(ConsortiumLoaderTest.CLOCK);
    GeneratedNetwork a = random.generate(jiangbei, tmp.resolve("a"));
    GeneratedNetwork b = random.generate(jiangbei, tmp.resolve("b"));
    assertThat(a.nodes().get(0).address()).isNotEqualTo(b.nodes().get(0).address());
    assertThat(a.nodes()).extracting(GeneratedNode::address).doesNotHaveDuplicates();

    GeneratedNetwork c = GENERATOR.generate(jiangbei, tmp.resolve("c"));
    GeneratedNetwork d = GENERATOR.generate(jiangbei, tmp.resolve("d"));
    assertThat(c.extraData()).isEqualTo(d.extraData());
  }

  private static String host(GeneratedNode node) {
    return jiangbei.nodes().stream()
        .filter(n -> n.name().equals(node.name()))
        .findFirst()
        .orElseThrow()
        .host();
  }

  private static String section(String toml, String key) {
    int start = toml.indexOf(key);
    assertThat(start).as(key).isNotNegative();
    return toml.substring(start, toml.indexOf(']', start) + 1);
  }

  private static List<String> quoted(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static List<Path> leftovers(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().contains(".partial-")).toList();
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(Path dir, Path besu, String... command) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("BESU", besu.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }
}
