package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.EcdhAgreement;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/** A secp256k1 {@link DecryptionKey}: ECIES unwrapping around an {@link EcdhAgreement}. */
public final class EciesDecryptionKey implements DecryptionKey {
  private final ECPoint publicKey;
  private final EcdhAgreement agreement;

  public EciesDecryptionKey(ECPoint publicKey, EcdhAgreement agreement) {
    this.publicKey = publicKey;
    this.agreement = agreement;
  }

  public static EciesDecryptionKey inMemory(byte[] privateKey) {
    BigInteger d = Curves.decodePrivateKey(KeyWrapScheme.ECIES_SECP256K1, privateKey);
    return new EciesDecryptionKey(
        Curves.publicPoint(KeyWrapScheme.ECIES_SECP256K1, d), EciesKeyWrap.inMemoryAgreement(d));
  }

  @Override
  public KeyWrapScheme scheme() {
    return KeyWrapScheme.ECIES_SECP256K1;
  }

  @Override
  public byte[] publicKey() {
    return Curves.encodeUncompressed(publicKey);
  }

  @Override
  public byte[] unwrap(byte[] wrappedKey) {
    return EciesKeyWrap.unwrap(wrappedKey, publicKey, agreement);
  }

  @Override
  public String toString() {
    return "DecryptionKey[ECIES_SECP256K1, public " + recipient().keyId() + "]";
  }
}
