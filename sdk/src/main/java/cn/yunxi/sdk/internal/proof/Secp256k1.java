package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.model.Address;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** Recovers the signer of a 65-byte {@code r ‖ s ‖ recId} secp256k1 signature of a hash. */
public final class Secp256k1 {
  private static final BigInteger N = Sign.CURVE_PARAMS.getN();

  private Secp256k1() {}

  /** The address that signed {@code hash}, or null if the signature is not valid. */
  public static Address recover(byte[] hash, byte[] signature) {
    if (signature.length != 65 || hash.length != 32) {
      return null;
    }
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    int recId = signature[64];
    if (recId < 0
        || recId > 1
        || r.signum() == 0
        || s.signum() == 0
        || r.compareTo(N) >= 0
        || s.compareTo(N) >= 0) {
      return null;
    }
    BigInteger publicKey;
    try {
      publicKey = Sign.recoverFromSignature(recId, new ECDSASignature(r, s), hash);
    } catch (RuntimeException e) { // a point not on the curve: not a signature
      return null;
    }
    if (publicKey == null) {
      return null;
    }
    return Address.of(Numeric.hexStringToByteArray(Keys.getAddress(publicKey)));
  }
}
