package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.crypto.Sm2Decryptor;
import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/** An SM2 {@link DecryptionKey} around an {@link Sm2Decryptor}. */
public final class Sm2DecryptionKey implements DecryptionKey {
  private final ECPoint publicKey;
  private final Sm2Decryptor decryptor;

  public Sm2DecryptionKey(ECPoint publicKey, Sm2Decryptor decryptor) {
    this.publicKey = publicKey;
    this.decryptor = decryptor;
  }

  public static Sm2DecryptionKey inMemory(byte[] privateKey) {
    BigInteger d = Curves.decodePrivateKey(KeyWrapScheme.SM2, privateKey);
    return new Sm2DecryptionKey(
        Curves.publicPoint(KeyWrapScheme.SM2, d), Sm2KeyWrap.inMemoryDecryptor(d));
  }

  @Override
  public KeyWrapScheme scheme() {
    return KeyWrapScheme.SM2;
  }

  @Override
  public byte[] publicKey() {
    return Curves.encodeUncompressed(publicKey);
  }

  @Override
  public byte[] unwrap(byte[] wrappedKey) {
    return Sm2KeyWrap.unwrap(wrappedKey, decryptor);
  }

  @Override
  public String toString() {
    return "DecryptionKey[SM2, public " + recipient().keyId() + "]";
  }
}
