package cn.yunxi.network.internal;

import cn.yunxi.network.Department;
import cn.yunxi.network.Node;
import cn.yunxi.network.NodeKeys;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A node's key material and the names derived from it: its address (the validator address) and its
 * enode URL ({@code enode://<public key>@<ip>:<p2p port>}).
 *
 * @param node the node
 * @param department the department running it
 * @param privateKey its private key, unless the YAML gave only its public key
 * @param publicKey the 64-byte public key x ‖ y
 */
public record NodeIdentity(
    Node node, Department department, Optional<BigInteger> privateKey, byte[] publicKey) {
  private static final HexFormat HEX = HexFormat.of();

  /** The identity of {@code node}: its given public key, or a key from {@code keys}. */
  public static NodeIdentity of(Node node, Department department, NodeKeys keys) {
    if (node.publicKey().isPresent()) {
      String key = node.publicKey().get();
      byte[] publicKey = HEX.parseHex(key.substring(key.length() - 128).toLowerCase(Locale.ROOT));
      return new NodeIdentity(node, department, Optional.empty(), publicKey);
    }
    BigInteger privateKey = keys.privateKey(node);
    return new NodeIdentity(
        node, department, Optional.of(privateKey), Secp256k1.publicKeyOf(privateKey));
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The node's address ({@code 0x}, lower case): keccak256 of the public key, last 20 bytes. */
  public String address() {
    return Secp256k1.addressOfPublicKey(publicKey);
  }

  /** {@code 0x} + 128 hex digits, the form of Besu's {@code key.pub}. */
  public String publicKeyHex() {
    return "0x" + HEX.formatHex(publicKey);
  }

  /** The private key as Besu stores it in {@code data/key}: {@code 0x} + 64 hex digits. */
  public Optional<String> privateKeyHex() {
    return privateKey.map(k -> "0x" + String.format("%064x", k));
  }

  /** {@code enode://<128 hex>@<ip>:<port>}; the discovery port is the same, so not given. */
  public String enode() {
    return "enode://"
        + HEX.formatHex(publicKey)
        + "@"
        + Hosts.forUrl(node.host())
        + ":"
        + node.p2pPort();
  }
}
