package cn.yunxi.sdk.internal.signer;

import cn.yunxi.sdk.Signature;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** A {@link Signer} over an in-memory secp256k1 key pair. */
public final class KeyPairSigner implements Signer {
  private final ECKeyPair keyPair;
  private final Address address;

  private KeyPairSigner(ECKeyPair keyPair) {
    this.keyPair = keyPair;
    this.address = Address.fromHex(Keys.getAddress(keyPair));
  }

  public static KeyPairSigner of(BigInteger privateKey) {
    if (privateKey.signum() <= 0 || privateKey.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
      throw new IllegalArgumentException("private key out of range for secp256k1");
    }
    return new KeyPairSigner(ECKeyPair.create(privateKey));
  }

  @Override
  public Address address() {
    return address;
  }

  @Override
  public Signature sign(Bytes32 digest) {
    Sign.SignatureData data = Sign.signMessage(digest.toByteArray(), keyPair, false);
    return Signature.of(
        Numeric.toBytesPadded(Numeric.toBigInt(data.getR()), 32),
        Numeric.toBytesPadded(Numeric.toBigInt(data.getS()), 32),
        data.getV()[0] - 27);
  }

  /** The uncompressed public key x ‖ y (64 bytes). */
  public byte[] publicKey() {
    return Numeric.toBytesPadded(keyPair.getPublicKey(), 64);
  }

  @Override
  public String toString() {
    return "KeyPairSigner[" + address + "]"; // never the key
  }
}
