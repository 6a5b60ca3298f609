package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.internal.proof.PackageCodec;
import cn.yunxi.sdk.internal.proof.PackageContents;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A self-contained, versioned evidence package for one item (format {@value #FORMAT}, version
 * {@value #VERSION}; documented in sdk/PACKAGE.md): the record or batch item, the receipt of the
 * transaction that put it on chain with the receipt's Merkle-Patricia proof, and the block header.
 * A parsed package is only well-formed, not trusted: {@link EvidenceVerifier} checks it.
 *
 * <p>Immutable; two packages are equal when their canonical JSON is.
 */
public final class EvidencePackage {
  public static final String FORMAT = PackageCodec.FORMAT;
  public static final int VERSION = PackageCodec.VERSION;

  /** Packages larger than this many bytes are refused. */
  public static final int MAX_BYTES = PackageCodec.MAX_BYTES;

  private final PackageContents contents;
  private final byte[] canonicalJson;

  private EvidencePackage(PackageContents contents) {
    this.contents = contents;
    this.canonicalJson = PackageCodec.write(contents);
  }

  /**
   * Reads a package from its JSON (UTF-8).
   *
   * @throws PackageFormatException if it is not a well-formed package of a supported version
   */
  public static EvidencePackage parse(byte[] json) {
    Objects.requireNonNull(json, "json");
    return new EvidencePackage(PackageCodec.parse(json));
  }

  public static EvidencePackage parse(String json) {
    Objects.requireNonNull(json, "json");
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a package from a stream to its end (the stream is not closed). */
  public static EvidencePackage read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] json;
    try {
      json = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new YunxiException("reading an evidence package failed: " + e.getMessage(), e);
    }
    return parse(json);
  }

  /** The canonical JSON (UTF-8): what {@link #parse} reads back to an equal package. */
  public byte[] toJson() {
    return canonicalJson.clone();
  }

  public String toJsonString() {
    return new String(canonicalJson, StandardCharsets.UTF_8);
  }

  /** The chain the package says it comes from. */
  public long chainId() {
    return contents.chainId();
  }

  /** The EvidenceRegistry the package says emitted the event. */
  public Address registry() {
    return contents.registry();
  }

  /** The record, or the batch item with its batch and Merkle proof. */
  public PackagedItem item() {
    return contents.item();
  }

  public long blockNumber() {
    return contents.header().number();
  }

  /** The block hash the package claims (checked against the header by the verifier). */
  public Bytes32 blockHash() {
    return contents.blockHash();
  }

  public Instant blockTime() {
    return Instant.ofEpochSecond(contents.header().timestamp());
  }

  public HeaderHashScheme hashScheme() {
    return contents.hashScheme();
  }

  /** The transaction's position in its block. */
  public int transactionIndex() {
    return contents.transactionIndex();
  }

  PackageContents contents() {
    return contents;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvidencePackage other && Arrays.equals(canonicalJson, other.canonicalJson);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(canonicalJson);
  }

  @Override
  public String toString() {
    return "EvidencePackage[chain "
        + chainId()
        + ", block "
        + blockNumber()
        + " "
        + blockHash()
        + ", "
        + (item() instanceof PackagedItem.Deposit ? "deposit" : "batch item")
        + " of content "
        + item().contentSha256()
        + "]";
  }
}
