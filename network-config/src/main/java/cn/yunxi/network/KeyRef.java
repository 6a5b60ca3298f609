package cn.yunxi.network;

import cn.yunxi.network.internal.Secp256k1;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a secp256k1 key lives, written {@code kind:location} in {@code consortium.yaml}. The file
 * names the key, it never holds it (except for {@link Kind#DEV_SEED}, which is for the dev chain
 * only): each department opens its own keys on its own machines.
 *
 * <ul>
 *   <li>{@code keystore:keys/officer.json} — a Web3 Secret Storage (encrypted JSON) file;
 *   <li>{@code pkcs12:keys/seal.p12#seal} — a PKCS#12 file and, after {@code #}, the entry's alias;
 *   <li>{@code hsm:jb-zhxzzf-seal} — the label of a key in the department's HSM (PKCS#11);
 *   <li>{@code seed:officer} — development only: the private key is keccak256 of the UTF-8 text
 *       after {@code seed:}, so anyone who reads the file holds the key.
 * </ul>
 *
 * Relative paths are relative to the YAML file's directory.
 *
 * @param kind where the key lives
 * @param location the path, label or seed text after {@code kind:}
 */
public record KeyRef(Kind kind, String location) {

  /** The kinds of key storage, by their {@code kind:} prefix. */
  public enum Kind {
    KEYSTORE("keystore"),
    PKCS12("pkcs12"),
    HSM("hsm"),
    DEV_SEED("seed");

    private final String scheme;

    Kind(String scheme) {
      this.scheme = scheme;
    }

    /** The prefix before the colon, e.g. {@code keystore}. */
    public String scheme() {
      return scheme;
    }
  }

  public KeyRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException(kind.scheme + ": needs a location after the colon");
    }
  }

  /**
   * Parses {@code kind:location}.
   *
   * @throws IllegalArgumentException saying what is wrong and which kinds exist
   */
  public static KeyRef parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' has no kind: write keystore:PATH, pkcs12:PATH#ALIAS, hsm:LABEL or seed:TEXT");
    }
    String scheme = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String location = text.substring(colon + 1).strip();
    for (Kind kind : Kind.values()) {
      if (kind.scheme.equals(scheme)) {
        if (location.isEmpty()) {
          throw new IllegalArgumentException(
              "'" + text + "' has nothing after '" + scheme + ":': name the key's location");
        }
        return new KeyRef(kind, location);
      }
    }
    throw new IllegalArgumentException(
        "unknown key kind '"
            + scheme
            + "': use keystore:PATH, pkcs12:PATH#ALIAS, hsm:LABEL or seed:TEXT (dev chain only)");
  }

  /** Whether the key is derived from text in the file: acceptable on the dev chain only. */
  public boolean isDevelopmentKey() {
    return kind == Kind.DEV_SEED;
  }

  /** For a {@code seed:} key, its private key: keccak256 of the seed's UTF-8 bytes. */
  public Optional<BigInteger> devPrivateKey() {
    if (kind != Kind.DEV_SEED) {
      return Optional.empty();
    }
    return Optional.of(Secp256k1.privateKeyFromSeed(location.getBytes(StandardCharsets.UTF_8)));
  }

  /** For a {@code seed:} key, its account address ({@code 0x}, lower case). */
  public Optional<String> devAddress() {
    return devPrivateKey().map(Secp256k1::addressOf);
  }

  /** The {@code kind:location} form, as written in the YAML file. */
  @Override
  public String toString() {
    return kind.scheme + ":" + location;
  }
}
