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
import java.io.StringReader;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code consortium.yaml} into the model: structure, presence, types and the syntax of single
 * values (key references, addresses, dates, role names). Rules that relate fields to each other —
 * ranges, uniqueness, validator counts — are {@link ConsortiumChecks}', which also run on models
 * built in code. A broken item is left out of the model, its errors recorded, and reading goes on,
 * so that one run reports every problem.
 */
public final class ConsortiumParser {
  /** The schema version this parser reads. */
  public static final int VERSION = 1;

  private static final Set<String> ROOT =
      keys("version", "name", "chain", "devChain", "plugin", "departments");
  private static final Set<String> CHAIN =
      keys(
          "chainId",
          "blockPeriodSeconds",
          "requestTimeoutSeconds",
          "epochLength",
          "gasLimit",
          "alloc");
  private static final Set<String> DEV_CHAIN = keys("miningIntervalSeconds", "port");
  private static final Set<String> PLUGIN =
      keys("installed", "enabled", "contracts", "queueCapacity");
  private static final Set<String> DEPARTMENT =
      keys("code", "name", "sealKey", "encryptionKey", "nodes", "members");
  private static final Set<String> NODE =
      keys("name", "host", "p2pPort", "rpcPort", "wsPort", "validator", "rpcHost", "publicKey");
  private static final Set<String> MEMBER = keys("name", "address", "key", "roles", "credential");
  private static final Set<String> CREDENTIAL = keys("reference", "expires");

  private static final String KEY_FIX =
      "write keystore:PATH, pkcs12:PATH#ALIAS, hsm:LABEL (or seed:TEXT on the dev chain)";

  private final Findings findings;
  private final Origins origins = new Origins();
  private boolean chainRead;

  private ConsortiumParser(Findings findings) {
    this.findings = findings;
  }

  /**
   * The result: the model (whenever the file is a mapping), where each item came from, and whether
   * the {@code chain} section could be read. When it could not, the model carries a stand-in chain
   * so the other sections can still be checked; such a model is never handed to a caller, since the
   * missing chain is itself an error.
   */
  public record Parsed(Optional<Consortium> consortium, Origins origins, boolean chainRead) {}

  /** Reads {@code yaml}, recording every problem in {@code findings}. */
  public static Parsed parse(String yaml, Findings findings) {
    ConsortiumParser parser = new ConsortiumParser(findings);
    Optional<Consortium> consortium = parser.document(yaml);
    return new Parsed(consortium, parser.origins, parser.chainRead);
  }

  private Optional<Consortium> document(String yaml) {
    org.yaml.snakeyaml.nodes.Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      findings.line("(file)", Math.max(line, 1));
      findings.error(
          "(file)",
          "is not valid YAML: " + e.getProblem(),
          "fix the YAML syntax near line " + line + " (indentation, a missing colon or quote)");
      return Optional.empty();
    } catch (YAMLException e) {
      findings.error("(file)", "is not valid YAML: " + e.getMessage(), "fix the YAML syntax");
      return Optional.empty();
    }
    if (root == null) {
      findings.error("(file)", "is empty", "start from network-config/examples/jiangbei.yaml");
      return Optional.empty();
    }
    return YamlMap.of(root, "", findings, ROOT).flatMap(this::consortium);
  }

  private Optional<Consortium> consortium(YamlMap root) {
    Optional<Long> version = root.requiredInteger("version", "add `version: " + VERSION + "`");
    if (version.isPresent() && version.get() != VERSION) {
      findings.error(
          "version",
          "schema version " + version.get() + " is not supported",
          "this tool reads version " + VERSION + "; use `version: " + VERSION + "`");
    }
    Optional<String> name =
        root.requiredString("name", "add `name: <a short name for the consortium>`");
    Optional<Chain> chain =
        root.map("chain", CHAIN).flatMap(this::chain).or(() -> missing(root, "chain"));
    DevChain devChain =
        root.map("devChain", DEV_CHAIN)
            .map(m -> devChain(m, chain))
            .orElseGet(() -> new DevChain(chain.map(Chain::blockPeriodSeconds).orElse(1), 8545));
    PluginSettings plugin =
        root.map("plugin", PLUGIN).map(this::plugin).orElse(PluginSettings.DEFAULT);
    List<Department> departments = new ArrayList<>();
    Optional<List<YamlMap.Item>> items = root.list("departments");
    if (root.node("departments").isEmpty()) {
      root.missing("departments", "list the member departments under `departments:`");
    }
    for (YamlMap.Item item : items.orElse(List.of())) {
      YamlMap.of(item.node(), item.path(), findings, DEPARTMENT)
          .flatMap(this::department)
          .ifPresent(departments::add);
    }
    chainRead = chain.isPresent();
    Chain standIn = new Chain(1, 1, 2, 1, Chain.DEFAULT_GAS_LIMIT, Map.of());
    return Optional.of(
        new Consortium(
            name.orElse("(unnamed)"), chain.orElse(standIn), devChain, plugin, departments));
  }

  private <T> Optional<T> missing(YamlMap map, String key) {
    if (map.node(key).isEmpty()) {
      map.missing(key, "add the `" + key + ":` section (see network-config/README.md)");
    }
    return Optional.empty();
  }

  private Optional<Chain> chain(YamlMap m) {
    Optional<Long> chainId = m.requiredInteger("chainId", "add `chainId: <your network's id>`");
    Optional<Integer> period =
        m.requiredSmallInteger("blockPeriodSeconds", "add `blockPeriodSeconds: 2`");
    Optional<Integer> timeout =
        m.requiredSmallInteger(
            "requestTimeoutSeconds", "add `requestTimeoutSeconds: <twice the block period>`");
    long epoch = m.integer("epochLength").orElse(Chain.DEFAULT_EPOCH_LENGTH);
    long gasLimit = m.integer("gasLimit").orElse(Chain.DEFAULT_GAS_LIMIT);
    Map<String, BigInteger> alloc = alloc(m);
    if (chainId.isEmpty() || period.isEmpty() || timeout.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Chain(chainId.get(), period.get(), timeout.get(), epoch, gasLimit, alloc));
  }

  private Map<String, BigInteger> alloc(YamlMap m) {
    Map<String, BigInteger> alloc = new LinkedHashMap<>();
    for (Map.Entry<String, org.yaml.snakeyaml.nodes.Node> e :
        m.entries("alloc").orElse(List.of())) {
      String at = m.path("alloc") + "." + e.getKey();
      Optional<String> address = address(e.getKey(), at);
      Optional<BigInteger> balance =
          YamlMap.scalar(e.getValue(), at, findings, "a balance in wei").flatMap(t -> wei(t, at));
      if (address.isPresent() && balance.isPresent()) {
        if (alloc.put(address.get(), balance.get()) != null) {
          findings.error(at, "is allocated twice", "keep one entry per account");
        }
      }
    }
    return alloc;
  }

  private Optional<BigInteger> wei(String text, String at) {
    String t = text.strip().replace("_", "");
    try {
      BigInteger v = t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
      if (v.signum() < 0) {
        throw new NumberFormatException();
      }
      return Optional.of(v);
    } catch (NumberFormatException e) {
      findings.error(
          at, "'" + text + "' is not a balance", "write the balance in wei, e.g. 0 or 0x0");
      return Optional.empty();
    }
  }

  private DevChain devChain(YamlMap m, Optional<Chain> chain) {
    int interval =
        m.smallInteger("miningIntervalSeconds")
            .orElse(chain.map(Chain::blockPeriodSeconds).orElse(1));
    return new DevChain(interval, m.smallInteger("port").orElse(8545));
  }

  private PluginSettings plugin(YamlMap m) {
    PluginSettings d = PluginSettings.DEFAULT;
    return new PluginSettings(
        m.bool("installed").orElse(d.installed()),
        m.bool("enabled").orElse(d.enabled()),
        m.string("contracts").map(String::strip).orElse(d.contracts()),
        m.smallInteger("queueCapacity").orElse(d.queueCapacity()));
  }

  private Optional<Department> department(YamlMap m) {
    Optional<String> code = m.requiredString("code", "add `code: <ASCII code, e.g. JB-ZHXZZF>`");
    Optional<String> name = m.requiredString("name", "add `name: <the department's full name>`");
    Optional<KeyRef> seal = keyRef(m, "sealKey", true);
    Optional<KeyRef> encryption = keyRef(m, "encryptionKey", true);
    List<Node> nodes = new ArrayList<>();
    for (YamlMap.Item item : m.list("nodes").orElse(List.of())) {
      YamlMap.of(item.node(), item.path(), findings, NODE)
          .flatMap(this::node)
          .ifPresent(
              n -> {
                origins.put(n, item.path());
                nodes.add(n);
              });
    }
    List<Member> members = new ArrayList<>();
    for (YamlMap.Item item : m.list("members").orElse(List.of())) {
      YamlMap.of(item.node(), item.path(), findings, MEMBER)
          .flatMap(this::member)
          .ifPresent(
              member -> {
                origins.put(member, item.path());
                members.add(member);
              });
    }
    if (code.isEmpty() || name.isEmpty() || seal.isEmpty() || encryption.isEmpty()) {
      return Optional.empty();
    }
    Department department =
        new Department(code.get(), name.get(), seal.get(), encryption.get(), nodes, members);
    origins.put(department, m.path());
    return Optional.of(department);
  }

  private Optional<KeyRef> keyRef(YamlMap m, String key, boolean required) {
    Optional<String> text =
        required ? m.requiredString(key, "add `" + key + ":` — " + KEY_FIX) : m.string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(KeyRef.parse(text.get()));
    } catch (IllegalArgumentException e) {
      findings.error(m.path(key), e.getMessage(), KEY_FIX);
      return Optional.empty();
    }
  }

  private Optional<Node> node(YamlMap m) {
    Optional<String> name = m.requiredString("name", "add `name: <node name, e.g. zhxzzf-1>`");
    Optional<String> host = m.requiredString("host", "add `host: <the node's IP address>`");
    Optional<Integer> p2p = m.requiredSmallInteger("p2pPort", "add `p2pPort: 30303`");
    Optional<Integer> rpc = m.requiredSmallInteger("rpcPort", "add `rpcPort: 8545`");
    Optional<Integer> ws = m.requiredSmallInteger("wsPort", "add `wsPort: 8546`");
    boolean validator = m.bool("validator").orElse(false);
    String rpcHost = m.string("rpcHost").map(String::strip).orElse(Node.LOCAL_RPC_HOST);
    Optional<String> publicKey = m.string("publicKey").map(String::strip);
    if (name.isEmpty() || host.isEmpty() || p2p.isEmpty() || rpc.isEmpty() || ws.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Node(
            name.get(), host.get(), p2p.get(), rpc.get(), ws.get(), validator, rpcHost, publicKey));
  }

  private Optional<Member> member(YamlMap m) {
    Optional<String> name = m.requiredString("name", "add `name: <who this is, e.g. 洪塘中队执法队员>`");
    Optional<String> address = m.string("address").flatMap(a -> address(a, m.path("address")));
    Optional<KeyRef> key = keyRef(m, "key", false);
    boolean broken = m.node("address").isPresent() && address.isEmpty();
    broken |= m.node("key").isPresent() && key.isEmpty();
    if (m.node("address").isEmpty() && m.node("key").isEmpty()) {
      findings.error(
          m.path("key"),
          "is missing, and so is address",
          "give the member's `key:` (" + KEY_FIX + ") or its `address: 0x…`");
      broken = true;
    }
    Optional<Set<Role>> roles = roles(m);
    Optional<Credential> credential = Optional.empty();
    Optional<YamlMap> credentialMap = m.map("credential", CREDENTIAL);
    if (credentialMap.isPresent()) {
      credential = credential(credentialMap.get());
      broken |= credential.isEmpty();
    } else {
      broken |= m.node("credential").isPresent();
    }
    if (name.isEmpty() || roles.isEmpty() || broken) {
      return Optional.empty();
    }
    return Optional.of(new Member(name.get(), address, key, roles.get(), credential));
  }

  private Optional<Set<Role>> roles(YamlMap m) {
    if (m.node("roles").isEmpty()) {
      m.missing("roles", "add `roles: [" + roleNames() + "]` (one or more)");
      return Optional.empty();
    }
    Optional<List<YamlMap.Item>> items = m.list("roles");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> roles = new LinkedHashSet<>();
    boolean ok = true;
    for (YamlMap.Item item : items.get()) {
      Optional<String> text = YamlMap.scalar(item.node(), item.path(), findings, "a role name");
      if (text.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<Role> role = Role.parse(text.get());
      if (role.isEmpty()) {
        findings.error(
            item.path(), "unknown role '" + text.get() + "'", "use one of " + roleNames());
        ok = false;
      } else if (!roles.add(role.get())) {
        findings.error(item.path(), "role " + role.get() + " is listed twice", "list it once");
        ok = false;
      }
    }
    if (ok && roles.isEmpty()) {
      findings.error(m.path("roles"), "is empty", "give the member at least one of " + roleNames());
      return Optional.empty();
    }
    return ok ? Optional.of(roles) : Optional.empty();
  }

  private static String roleNames() {
    List<String> names = new ArrayList<>();
    for (Role r : Role.values()) {
      names.add(r.name());
    }
    return String.join(", ", names);
  }

  private Optional<Credential> credential(YamlMap m) {
    Optional<String> reference =
        m.requiredString("reference", "add `reference: <the credential's number>`");
    Optional<LocalDate> expires = m.date("expires");
    if (m.node("expires").isEmpty()) {
      m.missing("expires", "add `expires: YYYY-MM-DD` (the last day the credential is valid)");
    }
    if (reference.isEmpty() || expires.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Credential(reference.get(), expires.get()));
  }

  private Optional<String> address(String text, String at) {
    try {
      return Optional.of(Addresses.normalize(text.strip()));
    } catch (IllegalArgumentException e) {
      findings.error(at, e.getMessage(), "write the account as 0x and 40 hex digits");
      return Optional.empty();
    }
  }

  private static Set<String> keys(String... keys) {
    return new LinkedHashSet<>(List.of(keys));
  }
}
