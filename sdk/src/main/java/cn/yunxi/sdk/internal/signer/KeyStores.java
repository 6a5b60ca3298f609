package cn.yunxi.sdk.internal.signer;

import cn.yunxi.sdk.YunxiException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.interfaces.ECPrivateKey;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.WalletUtils;
import org.web3j.crypto.exception.CipherException;

/** Reads private keys from keystore files; errors name the file, never the secret. */
public final class KeyStores {
  private KeyStores() {}

  public static BigInteger fromWeb3jKeystore(Path file, char[] password) {
    try {
      Credentials credentials = WalletUtils.loadCredentials(new String(password), file.toFile());
      return credentials.getEcKeyPair().getPrivateKey();
    } catch (CipherException e) {
      throw new YunxiException("cannot decrypt keystore " + file + ": wrong password?", e);
    } catch (IOException | RuntimeException e) {
      throw new YunxiException("cannot read keystore " + file + ": " + e.getMessage(), e);
    }
  }

  public static BigInteger fromPkcs12(Path file, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(file)) {
      // BouncyCastle's PKCS#12 reads secp256k1 keys, which the JDK's EC provider no longer does.
      KeyStore store = KeyStore.getInstance("PKCS12", new BouncyCastleProvider());
      store.load(in, password);
      String chosen = alias != null ? alias : onlyKeyAlias(store, file);
      Key key = store.getKey(chosen, password);
      if (!(key instanceof ECPrivateKey ec)) {
        throw new YunxiException("no EC private key under alias '" + chosen + "' in " + file);
      }
      return ec.getS();
    } catch (IOException | GeneralSecurityException e) {
      throw new YunxiException("cannot read PKCS#12 file " + file + ": " + e.getMessage(), e);
    }
  }

  private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
    List<String> keys =
        Collections.list(store.aliases()).stream()
            .filter(
                a -> {
                  try {
                    return store.isKeyEntry(a);
                  } catch (GeneralSecurityException e) {
                    return false;
                  }
                })
            .toList();
    if (keys.size() != 1) {
      throw new YunxiException(
          file + " holds " + keys.size() + " keys: name the alias to use (" + keys + ")");
    }
    return keys.get(0);
  }
}
