package cn.yunxi.sdk.blob;

import cn.yunxi.sdk.Signature;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A read-only {@link BlobStore} over another department's blob gateway (its node plugin server):
 * blobs are fetched over HTTP by a consortium member who proves its identity by signing a
 * single-use challenge with its member key. The gateway hands a blob only to parties entitled on
 * chain, and only as it is stored — encrypted; what arrives is checked against its content address
 * (SHA-256) as it is read, so a gateway cannot pass off other bytes.
 *
 * <p>The protocol, per blob:
 *
 * <ol>
 *   <li>{@code POST /gateway/challenges} answers {@code {"challenge":"0x<32 bytes>","expiresAt":
 *       "<ISO-8601>","chainId":N,"gateway":"0x<department>"}}; the store checks that chain id and
 *       department are the ones it was configured with.
 *   <li>{@code GET /blobs/<64 hex>?<scope>=0x<id>} with headers {@code X-Yunxi-Challenge} (the
 *       challenge) and {@code X-Yunxi-Signature}: an EIP-191 ({@code personal_sign}) signature,
 *       {@code 0x ‖ r ‖ s ‖ v} (65 bytes, v 27 or 28), of {@link #accessMessage}. The scope names
 *       the on-chain record the blob belongs to ({@link Scope}), which the gateway checks
 *       entitlement against.
 * </ol>
 *
 * <p>Each {@link #open}, {@link #contains} and {@link #size} makes one challenge and one request.
 * Thread-safe.
 */
public final class GatewayBlobStore implements BlobStore {
  /** The first line of every access message: a signature for the gateway is never anything else. */
  public static final String MESSAGE_TITLE = "Yunxi blob gateway access";

  /** The request header carrying the challenge. */
  public static final String CHALLENGE_HEADER = "X-Yunxi-Challenge";

  /** The request header carrying the signature. */
  public static final String SIGNATURE_HEADER = "X-Yunxi-Signature";

  private static final Pattern HEX32 = Pattern.compile("0x[0-9a-f]{64}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final long chainId;
  private final Bytes32 gateway;
  private final Signer signer;
  private final Scope scope;
  private final Duration timeout;
  private final HttpClient http;

  private GatewayBlobStore(
      URI base,
      long chainId,
      Bytes32 gateway,
      Signer signer,
      Scope scope,
      Duration timeout,
      HttpClient http) {
    this.base = base;
    this.chainId = chainId;
    this.gateway = gateway;
    this.signer = signer;
    this.scope = scope;
    this.timeout = timeout;
    this.http = http;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This store, asking for blobs as belonging to {@code scope} (the gateway checks it). */
  public GatewayBlobStore in(Scope scope) {
    return new GatewayBlobStore(
        base, chainId, gateway, signer, Objects.requireNonNull(scope, "scope"), timeout, http);
  }

  /** The scope blobs are asked for in. */
  public Scope scope() {
    return scope;
  }

  /**
   * The text a member signs (EIP-191) to fetch {@code ref} from {@code gateway}: five lines joined
   * by {@code \n}, no trailing newline —
   *
   * <pre>
   * Yunxi blob gateway access
   * chain: 20261128
   * gateway: 0x4a422d4a4a4444000000000000000000000000000000000000000000000000
   * blob: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
   * challenge: 0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8
   * </pre>
   *
   * (chain id in decimal; the gateway's department code and the challenge as {@code 0x} hex; the
   * blob reference as 64 hex digits; all lower case).
   */
  public static String accessMessage(
      long chainId, Bytes32 gateway, BlobRef ref, Bytes32 challenge) {
    return MESSAGE_TITLE
        + "\nchain: "
        + Long.toUnsignedString(chainId)
        + "\ngateway: "
        + gateway.toHex()
        + "\nblob: "
        + ref.hex()
        + "\nchallenge: "
        + challenge.toHex();
  }

  /**
   * The digest signed: EIP-191 version 0x45 ({@code personal_sign}), {@code keccak256("\x19Ethereum
   * Signed Message:\n" ‖ decimal byte length ‖ message)} over the UTF-8 {@link #accessMessage}.
   */
  public static Bytes32 accessDigest(
      long chainId, Bytes32 gateway, BlobRef ref, Bytes32 challenge) {
    byte[] message =
        accessMessage(chainId, gateway, ref, challenge).getBytes(StandardCharsets.UTF_8);
    byte[] prefix =
        ("\u0019Ethereum Signed Message:\n" + message.length).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + message.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(message, 0, all, prefix.length, message.length);
    return Bytes32.of(AbiWords.keccak256(all));
  }

  @Override
  public BlobWriter newWriter() {
    throw new UnsupportedOperationException(
        "a gateway blob store is read-only: store blobs in the department's own store");
  }

  /**
   * Fetches the blob. The stream throws {@link BlobIntegrityException} at its end if the bytes are
   * not the blob's.
   *
   * @throws BlobNotFoundException if the gateway has no such blob
   * @throws AccessDeniedException if the gateway does not hand it to this member
   * @throws BlobStoreException if the gateway cannot be reached or misbehaves
   */
  @Override
  public InputStream open(BlobRef ref) {
    HttpResponse<InputStream> response = fetch(ref);
    return BlobIntegrity.verifying(ref, response.body());
  }

  /** The blob's bytes, read whole and checked against {@code ref}. */
  public byte[] get(BlobRef ref) {
    try (InputStream in = open(ref)) {
      return in.readAllBytes();
    } catch (BlobStoreException e) {
      throw e;
    } catch (IOException e) {
      throw new BlobStoreException("reading blob " + ref + " from " + base + " failed: " + e, e);
    }
  }

  /** Whether the gateway hands this member the blob (one authenticated request). */
  @Override
  public boolean contains(BlobRef ref) {
    try {
      fetch(ref).body().close();
      return true;
    } catch (BlobNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blob's size as the gateway declares it (one authenticated request). */
  @Override
  public long size(BlobRef ref) {
    HttpResponse<InputStream> response = fetch(ref);
    try {
      response.body().close();
    } catch (IOException ignored) {
      // Only the headers were wanted.
    }
    return response
        .headers()
        .firstValueAsLong("Content-Length")
        .orElseThrow(
            () -> new BlobStoreException("the gateway at " + base + " sent no Content-Length"));
  }

  @Override
  public String toString() {
    return "GatewayBlobStore[" + base + ", " + gateway + ", " + scope + "]";
  }

  private HttpResponse<InputStream> fetch(BlobRef ref) {
    Objects.requireNonNull(ref, "ref");
    if (scope == null) {
      throw new IllegalStateException(
          "no scope: use in(Scope) to say which record the blob belongs to");
    }
    Bytes32 challenge = challenge();
    Signature signature = signer.sign(accessDigest(chainId, gateway, ref, challenge));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base
                        + "/blobs/"
                        + ref.hex()
                        + "?"
                        + scope.kind().parameter
                        + "="
                        + scope.id().toHex()))
            .timeout(timeout)
            .header(CHALLENGE_HEADER, challenge.toHex())
            .header(SIGNATURE_HEADER, "0x" + HexFormat.of().formatHex(signature.toBytes()))
            .GET()
            .build();
    HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
    int status = response.statusCode();
    if (status == 200) {
      return response;
    }
    String error = errorOf(response);
    switch (status) {
      case 404 ->
          throw new BlobNotFoundException(ref, "the gateway at " + base + " (" + error + ")");
      case 401, 403 ->
          throw new AccessDeniedException(
              "the gateway at " + base + " refused blob " + ref + ": HTTP " + status + " " + error);
      default ->
          throw new BlobStoreException(
              "the gateway at "
                  + base
                  + " failed for blob "
                  + ref
                  + ": HTTP "
                  + status
                  + " "
                  + error);
    }
  }

  private Bytes32 challenge() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/gateway/challenges"))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"" + signer.address() + "\"}"))
            .build();
    HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw new BlobStoreException(
          "the gateway at "
              + base
              + " gave no challenge: HTTP "
              + response.statusCode()
              + " "
              + response.body());
    }
    JsonNode node;
    try {
      node = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new BlobStoreException("the gateway at " + base + " sent a malformed challenge", e);
    }
    String challenge = node.path("challenge").asText("");
    if (!HEX32.matcher(challenge).matches()) {
      throw new BlobStoreException("the gateway at " + base + " sent a malformed challenge");
    }
    long theirChain = node.path("chainId").asLong(-1);
    String theirGateway = node.path("gateway").asText("").toLowerCase(Locale.ROOT);
    // Sign only for the gateway we meant: a relay posing as another department gets nothing usable.
    if (theirChain != chainId || !theirGateway.equals(gateway.toHex())) {
      throw new BlobStoreException(
          "the gateway at "
              + base
              + " is "
              + theirGateway
              + " on chain "
              + theirChain
              + ", expected "
              + gateway
              + " on chain "
              + chainId);
    }
    return Bytes32.fromHex(challenge);
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new BlobStoreException("the gateway at " + base + " cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BlobStoreException("interrupted while asking the gateway at " + base, e);
    }
  }

  private static String errorOf(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      byte[] head = in.readNBytes(1024);
      String body = new String(head, StandardCharsets.UTF_8);
      try {
        JsonNode node = JSON.readTree(body);
        if (node != null && node.hasNonNull("error")) {
          return node.get("error").asText();
        }
      } catch (JsonProcessingException notJson) {
        // fall through: report the text
      }
      return body.strip();
    } catch (IOException e) {
      return "(no readable error)";
    }
  }

  /**
   * The on-chain record a blob is asked for as belonging to. The gateway checks that the record
   * names the blob and that the caller is entitled to it.
   *
   * @param kind what the record is
   * @param id its id
   */
  public record Scope(Kind kind, Bytes32 id) {
    public Scope {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }

    /** A deposited evidence record's content. */
    public static Scope evidence(Bytes32 evidenceId) {
      return new Scope(Kind.EVIDENCE, evidenceId);
    }

    /** The response of a data request. */
    public static Scope request(Bytes32 requestId) {
      return new Scope(Kind.REQUEST, requestId);
    }

    /** The content of any evidence item (deposited or batched) of a case. */
    public static Scope caseItem(Bytes32 caseId) {
      return new Scope(Kind.CASE, caseId);
    }

    /** The manifest of an anchored batch, by its root. */
    public static Scope batch(Bytes32 root) {
      return new Scope(Kind.BATCH, root);
    }
  }

  /** Kinds of {@link Scope}, each with its query parameter. */
  public enum Kind {
    EVIDENCE("evidence"),
    REQUEST("request"),
    CASE("case"),
    BATCH("batch");

    private final String parameter;

    Kind(String parameter) {
      this.parameter = parameter;
    }

    /** The query parameter that names the record: {@code /blobs/<ref>?<parameter>=0x…}. */
    public String parameter() {
      return parameter;
    }
  }

  /** The gateway refused this member the blob (401: identity not proven; 403: not entitled). */
  public static final class AccessDeniedException extends BlobStoreException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
      super(message);
    }
  }

  /** Configures a {@link GatewayBlobStore}. */
  public static final class Builder {
    private URI endpoint;
    private Long chainId;
    private Bytes32 gateway;
    private Signer signer;
    private Scope scope;
    private Duration timeout = Duration.ofMinutes(2);
    private HttpClient http;

    private Builder() {}

    /** The gateway's base URL (its node plugin server), e.g. {@code https://gw.jj.example}. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    public Builder endpoint(String endpoint) {
      return endpoint(URI.create(Objects.requireNonNull(endpoint, "endpoint")));
    }

    /** The consortium's chain id (bound into every signature). */
    public Builder chainId(long chainId) {
      if (chainId <= 0) {
        throw new IllegalArgumentException("chainId <= 0");
      }
      this.chainId = chainId;
      return this;
    }

    /** The department whose gateway this is (bound into every signature). */
    public Builder gateway(Bytes32 department) {
      this.gateway = Objects.requireNonNull(department, "department");
      return this;
    }

    /** The member key that proves the caller's identity. */
    public Builder signer(Signer signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /** The record blobs are asked for in; also settable later with {@link #in(Scope)}. */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /** Request timeout (the whole blob need not arrive within it); default 2 min. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /** An HTTP client to share; default a new one. */
    public Builder httpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    public GatewayBlobStore build() {
      if (endpoint == null || chainId == null || gateway == null || signer == null) {
        throw new IllegalStateException("endpoint, chainId, gateway and signer are required");
      }
      String uri = endpoint.toString();
      URI base = URI.create(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
      HttpClient client =
          http != null
              ? http
              : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
      return new GatewayBlobStore(base, chainId, gateway, signer, scope, timeout, client);
    }
  }
}
