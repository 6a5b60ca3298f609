package cn.yunxi.network.internal;

import cn.yunxi.network.Chain;
import cn.yunxi.network.Consortium;
import cn.yunxi.network.Credential;
import cn.yunxi.network.Department;
import cn.yunxi.network.DevChain;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.Member;
import cn.yunxi.network.Node;
import cn.yunxi.network.PluginSettings;
import cn.yunxi.network.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of a consortium that relate values to each other or to the outside world: ranges,
 * uniqueness, QBFT's validator count, credentials, keys. Run on every model, parsed or built in
 * code, so the generator never writes a network from an invalid one.
 */
public final class ConsortiumChecks {
  /** ASCII that reads well in a {@code bytes32} and in file names. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  /** Node names become directory names and appear in enodes' comments. */
  private static final Pattern NODE_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private static final Pattern PUBLIC_KEY = Pattern.compile("(0x)?[0-9a-fA-F]{128}");

  /** QBFT tolerates f faulty validators out of 3f + 1: with fewer than 4, not even one. */
  static final int BFT_MINIMUM_VALIDATORS = 4;

  /** Chain ids of public networks: transactions signed for them could be replayed there. */
  private static final Map<Long, String> PUBLIC_CHAIN_IDS =
      Map.of(
          1L, "Ethereum mainnet",
          11_155_111L, "Sepolia",
          17_000L, "Holesky",
          560_048L, "Hoodi",
          31_337L, "Anvil's and Hardhat's default");

  private final Consortium consortium;
  private final Origins origins;
  private final Findings findings;
  private final LocalDate today;

  private ConsortiumChecks(Consortium consortium, Origins origins, Findings findings, Clock clock) {
    this.consortium = consortium;
    this.origins = origins;
    this.findings = findings;
    this.today = LocalDate.now(clock.withZone(Credential.CHINA_STANDARD_TIME));
  }

  /** Checks {@code consortium}, recording problems in {@code findings} under {@code origins}. */
  public static void check(Consortium consortium, Origins origins, Findings findings, Clock clock) {
    new ConsortiumChecks(consortium, origins, findings, clock).run(true);
  }

  /** As {@link #check}, leaving out the chain section (the parser could not read it). */
  public static void checkAllButChain(
      Consortium consortium, Origins origins, Findings findings, Clock clock) {
    new ConsortiumChecks(consortium, origins, findings, clock).run(false);
  }

  private void run(boolean withChain) {
    if (withChain) {
      chain(consortium.chain());
    }
    devChain(consortium.devChain());
    plugin(consortium.plugin());
    if (consortium.departments().isEmpty()) {
      findings.error("departments", "lists no department", "add the member departments");
    }
    departments();
    nodes();
    members();
    validators();
  }

  private void chain(Chain chain) {
    if (chain.chainId() < 1) {
      findings.error("chain.chainId", chain.chainId() + " is not a chain id", "use a positive id");
    } else if (PUBLIC_CHAIN_IDS.containsKey(chain.chainId())) {
      findings.warn(
          "chain.chainId",
          chain.chainId() + " is the chain id of " + PUBLIC_CHAIN_IDS.get(chain.chainId()),
          "pick an id of your own, so that signed transactions cannot be replayed elsewhere");
    }
    if (chain.blockPeriodSeconds() < 1) {
      findings.error(
          "chain.blockPeriodSeconds",
          chain.blockPeriodSeconds() + " is below QBFT's 1-second minimum",
          "use 1 or more (2 is a common choice)");
    }
    if (chain.requestTimeoutSeconds() < 1) {
      findings.error(
          "chain.requestTimeoutSeconds",
          chain.requestTimeoutSeconds() + " is not a timeout",
          "use 1 or more, starting at twice blockPeriodSeconds");
    } else if (chain.blockPeriodSeconds() >= 1
        && chain.requestTimeoutSeconds() < 2 * chain.blockPeriodSeconds()) {
      findings.warn(
          "chain.requestTimeoutSeconds",
          "is less than twice blockPeriodSeconds: rounds may time out and change needlessly",
          "start at "
              + 2 * chain.blockPeriodSeconds()
              + " and tune down as Besu's guide describes");
    }
    if (chain.epochLength() < 1) {
      findings.error(
          "chain.epochLength", chain.epochLength() + " is not an epoch length", "use 30000");
    }
    if (chain.gasLimit() < 21_000) {
      findings.error(
          "chain.gasLimit",
          chain.gasLimit() + " is below the cost of one transaction",
          "use " + Chain.DEFAULT_GAS_LIMIT + " (Anvil's default)");
    } else if (chain.gasLimit() < 10_000_000) {
      findings.warn(
          "chain.gasLimit",
          chain.gasLimit() + " may be too small to deploy the contracts in one block",
          "use " + Chain.DEFAULT_GAS_LIMIT + " or more");
    }
  }

  private void devChain(DevChain dev) {
    if (dev.miningIntervalSeconds() < 0) {
      findings.error(
          "devChain.miningIntervalSeconds",
          dev.miningIntervalSeconds() + " is negative",
          "use 0 (a block per transaction) or the chain's block period");
    }
    if (dev.port() < 0 || dev.port() > 65_535) {
      findings.error(
          "devChain.port", dev.port() + " is not a TCP port", "use 0 (any free port) to 65535");
    }
  }

  private void plugin(PluginSettings plugin) {
    if (plugin.queueCapacity() < 1) {
      findings.error(
          "plugin.queueCapacity", plugin.queueCapacity() + " blocks is no queue", "use 1024");
    }
    if (plugin.enabled() && !plugin.installed()) {
      findings.error(
          "plugin.enabled",
          "is true but plugin.installed is false",
          "install the plugin (installed: true) or leave it disabled");
    }
    if (plugin.contracts().isBlank()) {
      findings.error(
          "plugin.contracts",
          "is empty",
          "name the contracts file, e.g. yunxi-contracts.properties");
    }
  }

  private void departments() {
    Map<String, String> codes = new HashMap<>();
    boolean auditor = false;
    for (Department d : consortium.departments()) {
      String at = origins.of(d);
      if (!CODE.matcher(d.code()).matches()) {
        findings.error(
            at + ".code",
            "'" + d.code() + "' is not a department code",
            "use 1 to 32 ASCII letters, digits, '.', '_' or '-' (it is stored as a bytes32)");
      }
      String previous = codes.putIfAbsent(d.code(), at);
      if (previous != null) {
        findings.error(
            at + ".code",
            "code " + d.code() + " is already used by " + previous,
            "give each department its own code");
      }
      if (d.name().isBlank()) {
        findings.error(at + ".name", "is empty", "write the department's full name");
      }
      if (d.members().stream().noneMatch(m -> m.has(Role.ADMIN))) {
        findings.warn(
            at + ".members",
            d.code() + " has no ADMIN member: nobody can manage its members after bootstrap",
            "add a member with role ADMIN");
      }
      auditor |= d.members().stream().anyMatch(m -> m.has(Role.AUDITOR));
    }
    if (!consortium.departments().isEmpty() && !auditor) {
      findings.warn(
          "departments",
          "no member has the AUDITOR role: nobody can record audit access (执法监督)",
          "add the supervising department with an AUDITOR member");
    }
  }

  private void nodes() {
    Map<String, String> names = new HashMap<>();
    Map<String, String> endpoints = new HashMap<>();
    Map<String, String> publicKeys = new HashMap<>();
    for (Department d : consortium.departments()) {
      for (Node n : d.nodes()) {
        String at = origins.of(n);
        if (!NODE_NAME.matcher(n.name()).matches()) {
          findings.error(
              at + ".name",
              "'" + n.name() + "' cannot name a node directory",
              "use lower-case letters, digits and '-', e.g. zhxzzf-1");
        }
        String previous = names.putIfAbsent(n.name(), at);
        if (previous != null) {
          findings.error(
              at + ".name",
              "node " + n.name() + " is already defined at " + previous,
              "give each node its own name");
        }
        if (!Hosts.isIpLiteral(n.host()) || Hosts.isUnspecified(n.host())) {
          findings.error(
              at + ".host",
              "'" + n.host() + "' is not the node's IP address",
              "write the IP address other nodes reach it at: Besu's enode URLs and allowlist need"
                  + " one (host names need Besu's experimental DNS support, not used here)");
        }
        if (!Hosts.isIpLiteral(n.rpcHost())) {
          findings.error(
              at + ".rpcHost",
              "'" + n.rpcHost() + "' is not an interface address",
              "use 127.0.0.1 (this machine only), the node's own IP, or 0.0.0.0 (all interfaces)");
        }
        ports(n, at, endpoints);
        n.publicKey().ifPresent(key -> publicKey(key, at + ".publicKey", publicKeys));
      }
    }
  }

  private void ports(Node n, String at, Map<String, String> endpoints) {
    int[] ports = {n.p2pPort(), n.rpcPort(), n.wsPort()};
    String[] fields = {"p2pPort", "rpcPort", "wsPort"};
    for (int i = 0; i < ports.length; i++) {
      String field = at + "." + fields[i];
      if (ports[i] < 1 || ports[i] > 65_535) {
        findings.error(field, ports[i] + " is not a TCP port", "use a number from 1 to 65535");
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (ports[j] == ports[i]) {
          findings.error(
              field,
              "port " + ports[i] + " is also this node's " + fields[j],
              "give p2pPort, rpcPort and wsPort different numbers");
        }
      }
      String endpoint = Hosts.normalize(n.host()) + ":" + ports[i];
      String previous = endpoints.putIfAbsent(endpoint, field);
      if (previous != null && !previous.startsWith(at + ".")) {
        findings.error(
            field,
            endpoint + " is already used by " + previous,
            "two nodes on one host need different ports");
      }
    }
  }

  private void publicKey(String key, String at, Map<String, String> seen) {
    if (!PUBLIC_KEY.matcher(key).matches()) {
      findings.error(
          at,
          "is not a node public key",
          "write the 128 hex digits that `besu public-key export` prints (0x optional)");
      return;
    }
    String digits = key.substring(key.length() - 128).toLowerCase(Locale.ROOT);
    if (!Secp256k1.isOnCurve(HexFormat.of().parseHex(digits))) {
      findings.error(
          at, "is not a point on secp256k1", "copy the key again from `besu public-key export`");
      return;
    }
    String previous = seen.putIfAbsent(digits, at);
    if (previous != null) {
      findings.error(at, "is the same key as " + previous, "each node needs its own key");
    }
  }

  private void members() {
    Map<String, String> accounts = new HashMap<>();
    List<String> devKeys = new ArrayList<>();
    for (Department d : consortium.departments()) {
      String dp = origins.of(d);
      collectDevKey(d.sealKey(), dp + ".sealKey", devKeys);
      collectDevKey(d.encryptionKey(), dp + ".encryptionKey", devKeys);
      for (Member m : d.members()) {
        String at = origins.of(m);
        if (m.name().isBlank()) {
          findings.error(at + ".name", "is empty", "say who the member is");
        }
        if (m.address().isEmpty() && m.key().isEmpty()) {
          findings.error(at + ".key", "is missing, and so is address", "give a key or an address");
        }
        if (m.roles().isEmpty()) {
          findings.error(at + ".roles", "is empty", "give the member at least one role");
        }
        m.key().ifPresent(k -> collectDevKey(k, at + ".key", devKeys));
        seedMatchesAddress(m, at);
        m.accountAddress()
            .ifPresent(
                account -> {
                  String previous = accounts.putIfAbsent(account, at);
                  if (previous != null) {
                    findings.error(
                        at,
                        "account " + account + " is already the member at " + previous,
                        "an account belongs to one member of one department: use another key");
                  }
                });
        credential(m, at);
      }
    }
    if (!devKeys.isEmpty()) {
      String which =
          devKeys.size() <= 3
              ? String.join(", ", devKeys)
              : String.join(", ", devKeys.subList(0, 3)) + " and " + (devKeys.size() - 3) + " more";
      findings.warn(
          devKeys.get(0),
          devKeys.size()
              + (devKeys.size() == 1
                  ? " key is a seed: development key ("
                  : " keys are seed: development keys (")
              + which
              + "): anyone who reads this file holds them",
          "fine for the dev chain; in production use keystore:, pkcs12: or hsm: references");
    }
  }

  private static void collectDevKey(KeyRef key, String at, List<String> devKeys) {
    if (key.isDevelopmentKey()) {
      devKeys.add(at);
    }
  }

  private void seedMatchesAddress(Member m, String at) {
    if (m.address().isEmpty() || m.key().isEmpty()) {
      return;
    }
    m.key()
        .flatMap(KeyRef::devAddress)
        .filter(derived -> !derived.equals(m.address().get()))
        .ifPresent(
            derived ->
                findings.error(
                    at + ".address",
                    "is not the address of its seed key (" + derived + ")",
                    "remove the address or correct it to " + derived));
  }

  private void credential(Member m, String at) {
    boolean needs = m.roles().stream().anyMatch(Role::needsCredential);
    if (needs && m.credential().isEmpty()) {
      findings.error(
          at + ".credential",
          "is missing: roles OFFICER and CAPTAIN are enforcement powers",
          "add `credential: {reference: <执法证 number>, expires: YYYY-MM-DD}`");
      return;
    }
    if (m.credential().isEmpty()) {
      return;
    }
    Credential c = m.credential().get();
    if (!needs) {
      findings.warn(
          at + ".credential",
          "is ignored: only OFFICER and CAPTAIN carry a credential on chain",
          "remove it, or give the member the role it is for");
    } else if (c.expires().isBefore(today)) {
      findings.warn(
          at + ".credential.expires",
          "expired on " + c.expires() + ": the member cannot act as " + enforcementRoles(m),
          "renew the credential and update the date");
    }
    if (c.reference().isBlank()) {
      findings.error(at + ".credential.reference", "is empty", "write the credential's number");
    }
  }

  private static String enforcementRoles(Member m) {
    return String.join(
        " or ", m.roles().stream().filter(Role::needsCredential).map(Role::name).toList());
  }

  private void validators() {
    List<Node> validators = consortium.validators();
    if (validators.isEmpty()) {
      findings.error(
          "departments",
          "no node is a validator: a QBFT chain needs validators to make blocks",
          "mark at least " + BFT_MINIMUM_VALIDATORS + " nodes `validator: true`");
    } else if (validators.size() < BFT_MINIMUM_VALIDATORS) {
      findings.warn(
          origins.of(validators.get(0)) + ".validator",
          "only "
              + validators.size()
              + " validator(s): QBFT tolerates no faulty or offline validator below "
              + BFT_MINIMUM_VALIDATORS
              + ", so one stopped node halts the chain",
          "mark at least "
              + BFT_MINIMUM_VALIDATORS
              + " nodes `validator: true`, ideally in"
              + " different departments");
    }
    Set<String> validatorDepartments =
        consortium.departments().stream()
            .filter(d -> d.nodes().stream().anyMatch(Node::validator))
            .map(Department::code)
            .collect(Collectors.toSet());
    if (validators.size() >= BFT_MINIMUM_VALIDATORS && validatorDepartments.size() == 1) {
      findings.warn(
          "departments",
          "every validator belongs to " + validatorDepartments.iterator().next(),
          "spread validators across departments: one department alone should not make blocks");
    }
  }
}
