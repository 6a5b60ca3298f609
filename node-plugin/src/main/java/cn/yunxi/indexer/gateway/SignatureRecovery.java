package cn.yunxi.indexer.gateway;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Recovers who signed a digest from a 65-byte secp256k1 signature {@code r ‖ s ‖ v} in hex, as
 * wallets produce them ({@code v} 27/28, or 0/1). Only canonical signatures are accepted: {@code r}
 * and {@code s} in range, {@code s} in the lower half of the curve order (no malleated twin).
 */
final class SignatureRecovery {
  private static final Pattern HEX65 = Pattern.compile("0[xX][0-9a-fA-F]{130}");
  private static final BigInteger N = Sign.CURVE_PARAMS.getN();
  private static final BigInteger HALF_N = N.shiftRight(1);

  private SignatureRecovery() {}

  /** The signer's address, or empty if the text is not a valid signature of the digest. */
  static Optional<Address> recover(Bytes32 digest, String signatureHex) {
    if (signatureHex == null || !HEX65.matcher(signatureHex).matches()) {
      return Optional.empty();
    }
    byte[] sig = HexFormat.of().parseHex(signatureHex.substring(2));
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(sig, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, 32, 64));
    int v = sig[64] & 0xFF;
    int recId = v >= 27 ? v - 27 : v;
    if (recId < 0
        || recId > 1
        || r.signum() == 0
        || s.signum() == 0
        || r.compareTo(N) >= 0
        || s.compareTo(HALF_N) > 0) {
      return Optional.empty();
    }
    try {
      BigInteger publicKey =
          Sign.recoverFromSignature(recId, new ECDSASignature(r, s), digest.toByteArray());
      if (publicKey == null) {
        return Optional.empty();
      }
      return Optional.of(Address.fromHex(Keys.getAddress(publicKey)));
    } catch (RuntimeException notOnCurve) {
      return Optional.empty();
    }
  }
}
