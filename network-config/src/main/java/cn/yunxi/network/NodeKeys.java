package cn.yunxi.network;

import cn.yunxi.network.internal.Secp256k1;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Where the generator's node keys come from: fresh random keys for a real network, or keys derived
 * from a seed for reproducible output (golden-file tests, demos). Each node's key is its devp2p
 * identity (its enode) and, for a validator, its QBFT signing key.
 */
@FunctionalInterface
public interface NodeKeys {

  /** The secp256k1 private key of {@code node} (1 ≤ key < n). */
  BigInteger privateKey(Node node);

  /** Fresh keys from {@link SecureRandom}: what a real network must use. */
  static NodeKeys random() {
    SecureRandom random = new SecureRandom();
    return node -> {
      byte[] bytes = new byte[32];
      BigInteger key;
      do {
        random.nextBytes(bytes);
        key = new BigInteger(1, bytes);
      } while (!Secp256k1.isValidPrivateKey(key));
      return key;
    };
  }

  /**
   * Keys derived from {@code seed} and the node's name (keccak256 of {@code "yunxi node key"}, the
   * seed and the name, NUL-separated): the same seed always gives the same network. Anyone who
   * knows the seed knows every key, so use it for tests and demos only.
   */
  static NodeKeys deterministic(String seed) {
    Objects.requireNonNull(seed, "seed");
    return node ->
        Secp256k1.privateKeyFromSeed(
            ("yunxi node key\0" + seed + "\0" + node.name()).getBytes(StandardCharsets.UTF_8));
  }
}
