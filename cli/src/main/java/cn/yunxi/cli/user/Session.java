package cn.yunxi.cli.user;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.ConsortiumFiles;
import cn.yunxi.cli.dev.DevHome;
import cn.yunxi.cli.dev.DevJson;
import cn.yunxi.cli.dev.RpcCalls;
import cn.yunxi.network.Consortium;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.NetworkConfigException;
import cn.yunxi.network.deploy.KeyResolver;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.DecryptionKeys;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Department;
import cn.yunxi.sdk.model.Member;
import cn.yunxi.sdk.model.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;

/**
 * What a user command works with, resolved lazily from {@link UserOptions}: the connection (node,
 * chain id, contracts), the acting member and its SDK client, the index, the department's blob
 * store and keys. A read-only command that needs no key never asks for one. Close it to close the
 * client.
 */
public final class Session implements AutoCloseable {
  /** How long reads wait for the index to reach the chain's head before answering anyway. */
  private static final Duration INDEX_PATIENCE = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final UserOptions options;
  private final PrintWriter err;

  private boolean devRead;
  private Optional<JsonNode> dev = Optional.empty();
  private DevHome home;
  private CliException devProblem;
  private Connection connection;
  private Optional<Actor> actor;
  private YunxiClient client;
  private IndexClient index;
  private URI indexUrl;

  /**
   * Where the commands send and read.
   *
   * @param rpc the node's JSON-RPC URL
   * @param chainId the chain id
   * @param contracts the five contracts
   * @param dev whether this is the dev consortium of {@code dev.json}
   */
  public record Connection(URI rpc, long chainId, ContractAddresses contracts, boolean dev) {}

  public Session(UserOptions options, PrintWriter err) {
    this.options = options;
    this.err = err;
  }

  // ---------------------------------------------------------------- dev.json

  /** The dev consortium's {@code dev.json}, if there is one (and no other node was chosen). */
  public Optional<JsonNode> dev() {
    if (!devRead) {
      devRead = true;
      try {
        home = DevHome.resolve(options.home);
        dev = DevJson.read(home);
      } catch (CliException e) {
        // Outside the repository with no --home: there is no dev consortium, which is fine for
        // commands that are given --rpc or need no chain at all.
        devProblem = e;
      }
    }
    return options.rpc != null ? Optional.empty() : dev;
  }

  private JsonNode requireDev(String forWhat) {
    Optional<JsonNode> doc = dev();
    if (doc.isPresent()) {
      return doc.get();
    }
    if (options.rpc != null) {
      throw new CliException(forWhat + " with --rpc: give it explicitly (see --help)");
    }
    String where = home != null ? "in " + home.dir() : "(" + devProblem.getMessage() + ")";
    throw new CliException(
        "no dev consortium " + where + ": run `yunxi dev up` first, or give --rpc and --contracts");
  }

  // ---------------------------------------------------------------- connection

  /** The node, chain and contracts: {@code --rpc}/{@code --contracts}, else dev.json. */
  public Connection connection() {
    if (connection != null) {
      return connection;
    }
    if (options.rpc != null) {
      if (options.contracts == null) {
        throw CliException.usage("--rpc needs --contracts FILE (the five contract addresses)");
      }
      ContractAddresses contracts = readContracts(options.contracts);
      long chainId;
      if (options.chainId != null) {
        chainId = options.chainId;
      } else {
        try {
          chainId = new RpcCalls(options.rpc).chainId();
        } catch (IOException | RuntimeException e) {
          throw new CliException(
              "cannot reach the node at " + options.rpc + ": " + e.getMessage(), e);
        }
      }
      connection = new Connection(options.rpc, chainId, contracts, false);
      return connection;
    }
    if (options.contracts != null || options.chainId != null) {
      throw CliException.usage("--contracts and --chain-id go with --rpc");
    }
    JsonNode doc = requireDev("the node");
    URI rpc = URI.create(doc.path("rpc").asText());
    if (!new RpcCalls(rpc).answers()) {
      throw new CliException(
          "the dev chain at "
              + rpc
              + " does not answer: run `yunxi dev up` (see `yunxi dev status`)");
    }
    connection =
        new Connection(rpc, doc.path("chainId").asLong(), contracts(doc.path("contracts")), true);
    return connection;
  }

  private static ContractAddresses readContracts(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such contracts file: " + file);
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      return contracts(root.has("contracts") ? root.get("contracts") : root);
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CliException(file + ": " + e.getMessage(), e);
    }
  }

  private static ContractAddresses contracts(JsonNode node) {
    List<String> hex = new ArrayList<>();
    for (String name : List.of("consortium", "cases", "evidence", "letters", "requests")) {
      JsonNode value = node.get(name);
      if (value == null || !value.isTextual()) {
        throw new IllegalArgumentException("no address for \"" + name + "\"");
      }
      hex.add(value.asText());
    }
    return ContractAddresses.fromHex(hex.get(0), hex.get(1), hex.get(2), hex.get(3), hex.get(4));
  }

  /**
   * The chain id and EvidenceRegistry a verifier may trust, read from {@code --contracts} and
   * {@code --chain-id} or dev.json — never from the package under test, and without asking a node.
   */
  public Trusted trusted() {
    if (options.contracts != null) {
      ContractAddresses contracts = readContracts(options.contracts);
      if (options.chainId == null) {
        throw CliException.usage("--contracts needs --chain-id N here: the chain you trust");
      }
      return new Trusted(options.chainId, contracts.evidence());
    }
    JsonNode doc = requireDev("the chain id and contracts");
    return new Trusted(doc.path("chainId").asLong(), contracts(doc.path("contracts")).evidence());
  }

  /**
   * What a trust anchor vouches for.
   *
   * @param chainId the chain
   * @param evidence its EvidenceRegistry
   */
  public record Trusted(long chainId, Address evidence) {}

  /** The current block number. */
  public long head() {
    URI rpc = connection().rpc();
    try {
      return new RpcCalls(rpc).blockNumber();
    } catch (IOException e) {
      throw new CliException("cannot reach the node at " + rpc + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- who acts

  /** The member given by {@code --as} or {@code --key}, if any. */
  public Optional<Actor> actor() {
    if (actor == null) {
      if (options.as != null && !options.as.isBlank() && options.key != null) {
        throw CliException.usage("--as and --key both say who acts: give one of them");
      }
      if (options.key != null) {
        actor = Optional.of(fromKey(options.key));
      } else if (options.as != null && !options.as.isBlank()) {
        actor = Optional.of(fromDev(options.as));
      } else {
        actor = Optional.empty();
      }
    }
    return actor;
  }

  /** The member acting, or a usage failure that says how to name one. */
  public Actor requireActor() {
    return actor()
        .orElseThrow(
            () ->
                CliException.usage(
                    "who acts? give --as MEMBER"
                        + dev().map(d -> " (" + String.join(", ", memberNames(d)) + ")").orElse("")
                        + " or --key KEYREF"));
  }

  private Actor fromDev(String text) {
    JsonNode doc = requireDev("--as names a member of the dev consortium; another node's member");
    List<JsonNode> found = matches(doc, text);
    if (found.isEmpty()) {
      throw new CliException(
          "unknown member '"
              + text
              + "': the dev consortium's members are "
              + String.join(", ", memberNames(doc)));
    }
    if (found.size() > 1) {
      throw new CliException(
          "'"
              + text
              + "' names "
              + found.size()
              + " members: write "
              + found.stream()
                  .map(m -> m.path("department").asText() + "/" + m.path("name").asText())
                  .collect(Collectors.joining(" or ")));
    }
    JsonNode m = found.get(0);
    Signer signer;
    if (m.hasNonNull("privateKey")) {
      signer = Signers.privateKeyHex(m.path("privateKey").asText());
    } else if (m.hasNonNull("key")) {
      signer = signerOf(KeyRef.parse(m.path("key").asText()), consortiumDirectory(doc));
    } else {
      throw new CliException(
          "member "
              + m.path("name").asText()
              + " has no key in the consortium file, only an address");
    }
    Set<String> roles = new LinkedHashSet<>();
    m.path("roles").forEach(r -> roles.add(r.asText()));
    return new Actor(
        m.path("name").asText(), signer.address(), m.path("department").asText(), roles, signer);
  }

  private static List<JsonNode> matches(JsonNode doc, String text) {
    List<JsonNode> byName = new ArrayList<>();
    List<JsonNode> byKey = new ArrayList<>();
    List<JsonNode> byAddress = new ArrayList<>();
    int slash = text.indexOf('/');
    for (JsonNode m : doc.path("members")) {
      String name = m.path("name").asText();
      String department = m.path("department").asText();
      if (slash > 0
          && text.substring(0, slash).equals(department)
          && text.substring(slash + 1).equals(name)) {
        return List.of(m);
      }
      if (name.equals(text)) {
        byName.add(m);
      }
      if (m.path("key").asText().equals("seed:" + text)) {
        byKey.add(m);
      }
      if (m.path("address").asText().equalsIgnoreCase(text)) {
        byAddress.add(m);
      }
    }
    return !byName.isEmpty() ? byName : !byKey.isEmpty() ? byKey : byAddress;
  }

  private static List<String> memberNames(JsonNode doc) {
    List<String> names = new ArrayList<>();
    for (JsonNode m : doc.path("members")) {
      List<String> roles = new ArrayList<>();
      m.path("roles").forEach(r -> roles.add(r.asText()));
      names.add(
          m.path("name").asText()
              + " ("
              + m.path("department").asText()
              + (roles.isEmpty() ? "" : " " + String.join("+", roles))
              + ")");
    }
    return names;
  }

  private Actor fromKey(String text) {
    KeyRef ref;
    try {
      ref = KeyRef.parse(text);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--key: " + e.getMessage());
    }
    Signer signer = signerOf(ref, Path.of("").toAbsolutePath());
    // The dev consortium names its members; another node is asked.
    Optional<JsonNode> member =
        dev()
            .flatMap(
                d -> {
                  for (JsonNode m : d.path("members")) {
                    if (m.path("address").asText().equalsIgnoreCase(signer.address().toHex())) {
                      return Optional.of(m);
                    }
                  }
                  return Optional.empty();
                });
    if (member.isPresent()) {
      Set<String> roles = new LinkedHashSet<>();
      member.get().path("roles").forEach(r -> roles.add(r.asText()));
      return new Actor(
          member.get().path("name").asText(),
          signer.address(),
          member.get().path("department").asText(),
          roles,
          signer);
    }
    Member onChain = readOnlyClient(signer).consortium().member(signer.address());
    Set<String> roles =
        onChain.roles().stream()
            .map(Role::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    return new Actor(
        null,
        signer.address(),
        onChain.isMember() ? onChain.department().toAscii() : null,
        roles,
        signer);
  }

  private YunxiClient readOnlyClient(Signer signer) {
    // Reads need no key of their own, but the client is built around one: the actor's.
    if (client == null) {
      client = build(signer);
    }
    return client;
  }

  private Signer signerOf(KeyRef ref, Path base) {
    try {
      Credentials credentials = KeyResolver.create(base, Session::password).credentials(ref);
      return Signers.privateKey(credentials.getEcKeyPair().getPrivateKey());
    } catch (NetworkConfigException | IllegalArgumentException e) {
      throw new CliException(e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new CliException(ref + ": " + cn.yunxi.cli.Failures.reason(e), e);
    }
  }

  private static char[] password(KeyRef key) {
    String env = System.getenv("YUNXI_KEY_PASSWORD");
    if (env != null) {
      return env.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      throw new CliException(key + " needs a password: set YUNXI_KEY_PASSWORD");
    }
    char[] typed = console.readPassword("password for %s: ", key);
    if (typed == null) {
      throw new CliException("no password given for " + key);
    }
    return typed;
  }

  /** The acting member's SDK client. */
  public YunxiClient client() {
    Actor a = requireActor();
    if (client == null) {
      client = build(a.signer());
    }
    return client;
  }

  private YunxiClient build(Signer signer) {
    Connection c = connection();
    return YunxiClient.builder()
        .endpoint(c.rpc().toString())
        .chainId(c.chainId())
        .signer(signer)
        .contracts(c.contracts())
        .pollingInterval(Duration.ofMillis(50))
        .nodePatience(Duration.ofSeconds(10))
        .build();
  }

  /** A client for reads only: the actor's when there is one, else one with a throw-away key. */
  public YunxiClient reader() {
    if (client != null) {
      return client;
    }
    Optional<Actor> a = actor();
    if (a.isPresent()) {
      return client();
    }
    client = build(Signers.privateKey(BigInteger.ONE));
    return client;
  }

  /** The acting member's department, or a failure saying the account belongs to none. */
  public String department() {
    Actor a = requireActor();
    if (a.department() == null) {
      throw new CliException(a.address() + " is not a member of the consortium");
    }
    return a.department();
  }

  // ---------------------------------------------------------------- names

  /** A member's name and department for an address, as dev.json knows it; else the address. */
  public String nameOf(Address address) {
    if (address == null) {
      return "-";
    }
    Optional<JsonNode> doc = dev();
    if (doc.isPresent()) {
      for (JsonNode m : doc.get().path("members")) {
        if (m.path("address").asText().equalsIgnoreCase(address.toHex())) {
          return m.path("name").asText() + " (" + m.path("department").asText() + ")";
        }
      }
    }
    return address.toHex();
  }

  /** An address or a dev member's name ({@code --holder}) as an address. */
  public Address addressOf(String text) {
    if (text.startsWith("0x") || text.startsWith("0X")) {
      try {
        return Address.fromHex(text);
      } catch (IllegalArgumentException e) {
        throw CliException.usage("not an address: " + text + " (0x and 40 hex digits)");
      }
    }
    JsonNode doc = requireDev("a member's name");
    List<JsonNode> found = matches(doc, text);
    if (found.size() != 1) {
      throw new CliException(
          (found.isEmpty() ? "unknown member '" : "ambiguous member '")
              + text
              + "': the dev consortium's members are "
              + String.join(", ", memberNames(doc)));
    }
    return Address.fromHex(found.get(0).path("address").asText());
  }

  // ---------------------------------------------------------------- index

  /**
   * The query API: {@code --index}, else the dev consortium's indexer of the acting member's
   * department with its token (the auditor's when the member is an AUDITOR or nobody acts).
   */
  public IndexClient index() {
    if (index != null) {
      return index;
    }
    String token;
    if (options.index != null) {
      indexUrl = options.index;
      token = options.indexToken;
    } else if (options.rpc != null) {
      throw new CliException(
          "which index? give --index URL and --index-token TOKEN (with --rpc the dev consortium's"
              + " indexers are not used)");
    } else {
      JsonNode doc = requireDev("the index");
      Optional<Actor> a = actor();
      JsonNode auditor = doc.path("auditor");
      if (a.isEmpty() || a.get().has(Role.AUDITOR.name())) {
        indexUrl = URI.create(auditor.path("index").asText());
        token = auditor.path("token").asText();
      } else {
        String code = department();
        JsonNode node = doc.path("departments").path(code);
        if (!node.hasNonNull("index")) {
          throw new CliException(
              "department "
                  + code
                  + " runs no indexer in the dev consortium: give --index URL and --index-token");
        }
        indexUrl = URI.create(node.path("index").asText());
        token = node.path("token").asText();
      }
    }
    index = IndexClient.builder().endpoint(indexUrl).token(token).build();
    return index;
  }

  /** The index's URL (after {@link #index()}). */
  public URI indexUrl() {
    index();
    return indexUrl;
  }

  /**
   * Waits until the index has caught up with the chain's head as it is now, so that what a command
   * just did shows; after {@link #INDEX_PATIENCE} it answers with what it has, saying so.
   */
  public IndexClient caughtUpIndex() {
    IndexClient ix = index();
    long head = head();
    long deadline = System.nanoTime() + INDEX_PATIENCE.toNanos();
    while (true) {
      long at = ix.status().data().checkpoint().number();
      if (at >= head) {
        return ix;
      }
      if (System.nanoTime() - deadline > 0) {
        err.println(
            "yunxi: warning: the index at "
                + indexUrl
                + " is at block "
                + at
                + ", the chain at "
                + head
                + ": the answer may be out of date");
        err.flush();
        return ix;
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      if (Thread.currentThread().isInterrupted()) {
        throw new CliException("interrupted");
      }
    }
  }

  /** Waits until a department's dev indexer (its gateway's) has indexed {@code block}. */
  public void awaitDepartmentIndex(String code, long block) {
    Optional<JsonNode> node = dev().map(d -> d.path("departments").path(code));
    if (node.isEmpty() || !node.get().hasNonNull("index")) {
      return; // not a dev indexer: nothing to wait for here
    }
    IndexClient ix =
        IndexClient.builder()
            .endpoint(node.get().path("index").asText())
            .token(node.get().path("token").asText())
            .build();
    long deadline = System.nanoTime() + INDEX_PATIENCE.toNanos();
    while (ix.status().data().checkpoint().number() < block) {
      if (System.nanoTime() - deadline > 0) {
        throw new CliException("the indexer of " + code + " has not reached block " + block);
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
  }

  // ---------------------------------------------------------------- departments

  /** The dev consortium's indexer URL of a department (its gateway), if it runs one. */
  public Optional<URI> gatewayOf(String code) {
    return dev()
        .map(d -> d.path("departments").path(code).path("index"))
        .filter(JsonNode::isTextual)
        .map(n -> URI.create(n.asText()));
  }

  /**
   * The blob store of the acting member's department: {@code blobs} if given, else the directory
   * its dev gateway serves.
   */
  public LocalBlobStore blobStore(Path blobs) {
    if (blobs != null) {
      return LocalBlobStore.open(blobs);
    }
    String code = department();
    JsonNode doc = requireDev("the blob directory (--blobs DIR)");
    JsonNode dir = doc.path("departments").path(code).path("blobs");
    return LocalBlobStore.open(dir.isTextual() ? Path.of(dir.asText()) : home.blobs(code));
  }

  /** The readers evidence is encrypted to: these departments' registered encryption keys. */
  public List<Recipient> readers(List<String> departments) {
    List<Recipient> readers = new ArrayList<>();
    for (String code : new LinkedHashSet<>(departments)) {
      Department d = reader().consortium().department(Bytes32.fromAscii(code));
      if (!d.registered()) {
        throw new CliException("unknown department " + code);
      }
      readers.add(Recipient.secp256k1(d.encryptionKey()));
    }
    return readers;
  }

  /** The departments of the dev consortium's auditors (evidence is encrypted to them too). */
  public List<String> auditorDepartments() {
    List<String> codes = new ArrayList<>();
    dev()
        .ifPresent(
            d -> {
              for (JsonNode m : d.path("members")) {
                boolean auditor = false;
                for (JsonNode r : m.path("roles")) {
                  auditor |= r.asText().equals(Role.AUDITOR.name());
                }
                if (auditor && !codes.contains(m.path("department").asText())) {
                  codes.add(m.path("department").asText());
                }
              }
            });
    return codes;
  }

  /** A department's seal: {@code ref} if given, else the dev consortium file's seal key. */
  public Signer seal(String code, String ref) {
    KeyRef key = ref != null ? parse(ref, "--seal-key") : departmentOf(code).sealKey();
    return signerOf(key, ref != null ? Path.of("").toAbsolutePath() : consortiumDirectory());
  }

  /** A department's decryption key: {@code ref} if given, else the consortium file's. */
  public DecryptionKey decryptionKey(String code, String ref) {
    KeyRef key = ref != null ? parse(ref, "--decryption-key") : departmentOf(code).encryptionKey();
    Path base = ref != null ? Path.of("").toAbsolutePath() : consortiumDirectory();
    try {
      Credentials c = KeyResolver.create(base, Session::password).credentials(key);
      return DecryptionKeys.secp256k1(Numeric.toBytesPadded(c.getEcKeyPair().getPrivateKey(), 32));
    } catch (RuntimeException e) {
      throw new CliException(key + ": " + cn.yunxi.cli.Failures.reason(e), e);
    }
  }

  private static KeyRef parse(String ref, String option) {
    try {
      return KeyRef.parse(ref);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(option + ": " + e.getMessage());
    }
  }

  private cn.yunxi.network.Department departmentOf(String code) {
    Consortium consortium =
        ConsortiumFiles.load(consortiumFile(requireDev("the department's keys"))).consortium();
    return consortium
        .department(code)
        .orElseThrow(() -> new CliException("department " + code + " is not in the consortium"));
  }

  private Path consortiumDirectory() {
    return consortiumDirectory(requireDev("the department's keys"));
  }

  private static Path consortiumDirectory(JsonNode doc) {
    return consortiumFile(doc).toAbsolutePath().getParent();
  }

  private static Path consortiumFile(JsonNode doc) {
    String file = doc.path("consortium").path("file").asText();
    if (file.isEmpty()) {
      throw new CliException("dev.json names no consortium file: run `yunxi dev up` again");
    }
    return Path.of(file);
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }
}
