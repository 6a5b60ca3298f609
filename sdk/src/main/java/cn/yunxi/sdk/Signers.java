package cn.yunxi.sdk;

import cn.yunxi.sdk.internal.signer.KeyPairSigner;
import cn.yunxi.sdk.internal.signer.KeyStores;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Objects;

/** Signers from key material held in this process. For an HSM, implement {@link Signer}. */
public final class Signers {
  private Signers() {}

  /** A signer for a raw secp256k1 private key. */
  public static Signer privateKey(BigInteger privateKey) {
    Objects.requireNonNull(privateKey, "privateKey");
    return KeyPairSigner.of(privateKey);
  }

  /** A signer for a raw secp256k1 private key in hex (64 digits, {@code 0x} optional). */
  public static Signer privateKeyHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
    if (!digits.matches("[0-9a-fA-F]{1,64}")) {
      throw new IllegalArgumentException("not a hex private key");
    }
    return privateKey(new BigInteger(digits, 16));
  }

  /** A signer for a web3j / geth keystore JSON file (scrypt or pbkdf2). */
  public static Signer keystore(Path file, char[] password) {
    return KeyPairSigner.of(KeyStores.fromWeb3jKeystore(file, password));
  }

  /**
   * A signer for the secp256k1 private key stored under {@code alias} in a PKCS#12 file. With a
   * null alias the file must hold exactly one key.
   */
  public static Signer pkcs12(Path file, char[] password, String alias) {
    return KeyPairSigner.of(KeyStores.fromPkcs12(file, password, alias));
  }
}
