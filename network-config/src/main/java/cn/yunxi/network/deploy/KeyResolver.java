package cn.yunxi.network.deploy;

import cn.yunxi.network.Department;
import cn.yunxi.network.KeyRef;
import cn.yunxi.network.Member;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.interfaces.ECPrivateKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.crypto.exception.CipherException;
import org.web3j.utils.Numeric;

/**
 * Opens the keys a {@code consortium.yaml} names ({@link KeyRef}) on the machine that runs the
 * deployment:
 *
 * <ul>
 *   <li>{@code seed:TEXT} — the private key is keccak256 of the UTF-8 text (dev chain only);
 *   <li>{@code keystore:PATH} — a Web3 Secret Storage file, decrypted with the {@link
 *       PasswordSource}'s password;
 *   <li>{@code pkcs12:PATH#ALIAS} — the secp256k1 entry {@code ALIAS} of a PKCS#12 file (the only
 *       key in the file if {@code #ALIAS} is left out), with the source's password;
 *   <li>{@code hsm:LABEL} — refused: the key never leaves the HSM, so the deployer would need an
 *       HSM signer, which it does not have.
 * </ul>
 *
 * Relative paths are resolved against the YAML file's directory. Errors name the key reference,
 * never the secret.
 */
public final class KeyResolver {
  private final Path baseDirectory;
  private final PasswordSource passwords;

  private KeyResolver(Path baseDirectory, PasswordSource passwords) {
    this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
  }

  /**
   * A resolver for the keys of a YAML file in {@code baseDirectory}.
   *
   * @param baseDirectory the YAML file's directory: relative key paths start there
   * @param passwords where keystore and PKCS#12 passwords come from
   */
  public static KeyResolver create(Path baseDirectory, PasswordSource passwords) {
    return new KeyResolver(baseDirectory, passwords);
  }

  /** A resolver without passwords, relative to the working directory: enough for {@code seed:}. */
  public static KeyResolver withoutPasswords() {
    return new KeyResolver(Path.of(""), PasswordSource.none());
  }

  /**
   * The key pair {@code key} names.
   *
   * @throws DeploymentException if it cannot be opened (missing file, wrong password, HSM key)
   */
  public Credentials credentials(KeyRef key) {
    Objects.requireNonNull(key, "key");
    BigInteger privateKey =
        switch (key.kind()) {
          case DEV_SEED -> key.devPrivateKey().orElseThrow();
          case KEYSTORE -> fromKeystore(key);
          case PKCS12 -> fromPkcs12(key);
          case HSM ->
              throw new DeploymentException(
                  key
                      + ": the key is in an HSM and never leaves it; the deployer needs an HSM"
                      + " signer, which it does not have yet — for a member, write its address:"
                      + " in the YAML; for a department key, use a keystore: or pkcs12: key");
        };
    return Credentials.create(ECKeyPair.create(privateKey));
  }

  /** The account address of {@code key}: {@code 0x}, lower case. */
  public String address(KeyRef key) {
    return credentials(key).getAddress().toLowerCase(Locale.ROOT);
  }

  /** The 64-byte uncompressed public key x ‖ y of {@code key}. */
  public byte[] publicKey(KeyRef key) {
    return Numeric.toBytesPadded(credentials(key).getEcKeyPair().getPublicKey(), 64);
  }

  /**
   * The member's account: the address written in the YAML, else the address of its key (opening
   * it).
   */
  public String account(Member member) {
    return member
        .accountAddress()
        .orElseGet(
            () ->
                address(
                    member
                        .key()
                        .orElseThrow(
                            () ->
                                new DeploymentException(
                                    "member " + member.name() + " has neither key nor address"))));
  }

  /**
   * The department's seal address and encryption key (the 64-byte public key of its {@code
   * encryptionKey} reference).
   */
  public DepartmentKeys departmentKeys(Department department) {
    return new DepartmentKeys(address(department.sealKey()), publicKey(department.encryptionKey()));
  }

  private Path file(String location) {
    return baseDirectory.resolve(location);
  }

  private BigInteger fromKeystore(KeyRef key) {
    Path file = file(key.location());
    char[] password = passwords.password(key);
    try {
      return WalletUtils.loadCredentials(new String(password), file.toFile())
          .getEcKeyPair()
          .getPrivateKey();
    } catch (CipherException e) {
      throw new DeploymentException(key + ": cannot decrypt " + file + " (wrong password?)", e);
    } catch (IOException | RuntimeException e) {
      throw new DeploymentException(key + ": cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private BigInteger fromPkcs12(KeyRef key) {
    // The alias follows the last '#': a path may contain '#', an alias rarely does.
    String location = key.location();
    int hash = location.lastIndexOf('#');
    Path file = file(hash < 0 ? location : location.substring(0, hash));
    String alias = hash < 0 ? null : location.substring(hash + 1);
    char[] password = passwords.password(key);
    try (InputStream in = Files.newInputStream(file)) {
      // BouncyCastle's PKCS#12 reads secp256k1 keys, which the JDK's EC provider no longer does
      // (the SDK's Signers read them the same way but give no private key out).
      KeyStore store = KeyStore.getInstance("PKCS12", new BouncyCastleProvider());
      store.load(in, password);
      String chosen = alias != null ? alias : onlyKeyAlias(store, key);
      Key entry = store.getKey(chosen, password);
      if (!(entry instanceof ECPrivateKey ec)) {
        throw new DeploymentException(
            key + ": no EC private key under alias '" + chosen + "' in " + file);
      }
      return ec.getS();
    } catch (IOException | GeneralSecurityException e) {
      throw new DeploymentException(key + ": cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static String onlyKeyAlias(KeyStore store, KeyRef key) throws GeneralSecurityException {
    List<String> keys = new java.util.ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        keys.add(alias);
      }
    }
    if (keys.size() != 1) {
      throw new DeploymentException(
          key + ": the file holds " + keys.size() + " keys " + keys + ": write pkcs12:PATH#ALIAS");
    }
    return keys.get(0);
  }
}
