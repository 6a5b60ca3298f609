package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import cn.yunxi.network.KeyRef;
import java.io.Console;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.crypto.exception.CipherException;
import org.web3j.utils.Numeric;

/**
 * Opens the keys a consortium file names. {@code seed:} keys are derived; {@code keystore:} files
 * are decrypted with {@code $YUNXI_KEY_PASSWORD} or a password asked on the terminal. PKCS#12 and
 * HSM keys are left to {@code cn.yunxi.network.deploy.KeyResolver}, which replaces this class.
 */
public final class Keys {
  private final Path base;

  private Keys(Path base) {
    this.base = base;
  }

  /** The directory relative key paths are resolved against. */
  public Path base() {
    return base;
  }

  /** Keys whose relative paths are relative to {@code base} (the YAML file's directory). */
  public static Keys relativeTo(Path base) {
    return new Keys(base);
  }

  /** The account key {@code ref} names. */
  public Credentials credentials(KeyRef ref) {
    switch (ref.kind()) {
      case DEV_SEED:
        return Credentials.create(ECKeyPair.create(ref.devPrivateKey().orElseThrow()));
      case KEYSTORE:
        Path file = base.resolve(ref.location());
        try {
          return WalletUtils.loadCredentials(password(ref), file.toFile());
        } catch (IOException | CipherException e) {
          throw new CliException("cannot open " + ref + ": " + e.getMessage(), e);
        }
      default:
        throw new CliException(
            ref
                + ": this build of yunxi opens seed: and keystore: keys only (PKCS#12 and HSM"
                + " keys come with the network deployer)");
    }
  }

  /** The raw public key x ‖ y (64 bytes) of {@code ref}: a department's encryption key. */
  public byte[] publicKey(KeyRef ref) {
    BigInteger pub = credentials(ref).getEcKeyPair().getPublicKey();
    return Numeric.toBytesPadded(pub, 64);
  }

  /** The private key, {@code 0x} and 64 hex digits, of a {@code seed:} key; null for others. */
  public static String devPrivateKeyHex(KeyRef ref) {
    return ref.devPrivateKey()
        .map(k -> Numeric.toHexStringWithPrefixZeroPadded(k, 64))
        .orElse(null);
  }

  private static String password(KeyRef ref) {
    String env = System.getenv("YUNXI_KEY_PASSWORD");
    if (env != null) {
      return env;
    }
    Console console = System.console();
    if (console == null) {
      throw new CliException(ref + " needs a password: set YUNXI_KEY_PASSWORD");
    }
    char[] typed = console.readPassword("password for %s: ", ref);
    if (typed == null) {
      throw new CliException("no password given for " + ref);
    }
    return new String(typed);
  }
}
