package cn.yunxi.sdk.internal.tx;

import cn.yunxi.sdk.Signature;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.tx.GasPolicy;
import java.math.BigInteger;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * A transaction signed through a {@link Signer} (so the key may live in an HSM), always bound to
 * the chain id (EIP-155 for legacy transactions, the typed envelope for EIP-1559). Keeps the raw
 * bytes: re-broadcasting the very same transaction is what makes retries safe.
 */
public record SignedTransaction(
    Address from, long nonce, String to, String data, String rawHex, Bytes32 hash) {

  public static SignedTransaction sign(
      Signer signer,
      long chainId,
      GasPolicy gas,
      long nonce,
      BigInteger gasLimit,
      String to,
      String data) {
    boolean legacy = gas instanceof GasPolicy.Free;
    RawTransaction raw;
    if (gas instanceof GasPolicy.Eip1559 fees) {
      raw =
          RawTransaction.createTransaction(
              chainId,
              BigInteger.valueOf(nonce),
              gasLimit,
              to,
              BigInteger.ZERO,
              data,
              fees.maxPriorityFeePerGas(),
              fees.maxFeePerGas());
    } else {
      raw =
          RawTransaction.createTransaction(
              BigInteger.valueOf(nonce), BigInteger.ZERO, gasLimit, to, BigInteger.ZERO, data);
    }
    byte[] unsigned =
        legacy ? TransactionEncoder.encode(raw, chainId) : TransactionEncoder.encode(raw);
    Signature signature = signer.sign(Bytes32.of(org.web3j.crypto.Hash.sha3(unsigned)));
    Sign.SignatureData data27 =
        new Sign.SignatureData((byte) (27 + signature.recoveryId()), signature.r(), signature.s());
    Sign.SignatureData sig =
        legacy ? TransactionEncoder.createEip155SignatureData(data27, chainId) : data27;
    byte[] signed = TransactionEncoder.encode(raw, sig);
    return new SignedTransaction(
        signer.address(),
        nonce,
        to,
        data,
        Numeric.toHexString(signed),
        Bytes32.of(org.web3j.crypto.Hash.sha3(signed)));
  }
}
