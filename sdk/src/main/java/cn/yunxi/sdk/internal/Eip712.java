package cn.yunxi.sdk.internal;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.IntroductionLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * EIP-712 digests: {@code keccak256(0x1901 ‖ domainSeparator ‖ structHash)} with the domain {@code
 * EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)} — the
 * contracts' letter and stamp types, computed here so the SDK can sign without a node.
 */
public final class Eip712 {
  public static final Bytes32 DOMAIN_TYPEHASH =
      typeHash(
          "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
  public static final Bytes32 LETTER_TYPEHASH =
      typeHash(
          "Letter(bytes32 issuerDepartment,address issuer,address holder,bytes32 targetDepartment,"
              + "bytes32 caseId,bytes32 requestId,uint256 categories,bytes32 purposeHash,"
              + "uint64 validFrom,uint64 validUntil,uint256 nonce)");
  public static final Bytes32 STAMP_TYPEHASH =
      typeHash("Stamp(bytes32 requestId,bytes32 responseHash,bytes32 blobRef,uint64 deadline)");
  public static final String LETTER_DOMAIN = "Yunxi LetterRegistry";
  public static final String REQUEST_DOMAIN = "Yunxi DataRequestRegistry";

  private Eip712() {}

  public static Bytes32 typeHash(String type) {
    return Bytes32.of(AbiWords.keccak256(type.getBytes(StandardCharsets.UTF_8)));
  }

  public static Bytes32 domainSeparator(
      String name, String version, long chainId, Address verifyingContract) {
    return new AbiWords()
        .add(DOMAIN_TYPEHASH)
        .add(utf8Hash(name))
        .add(utf8Hash(version))
        .add(chainId)
        .add(verifyingContract)
        .keccak();
  }

  public static Bytes32 digest(Bytes32 domainSeparator, Bytes32 structHash) {
    byte[] message = new byte[66];
    message[0] = 0x19;
    message[1] = 0x01;
    System.arraycopy(domainSeparator.toByteArray(), 0, message, 2, 32);
    System.arraycopy(structHash.toByteArray(), 0, message, 34, 32);
    return Bytes32.of(AbiWords.keccak256(message));
  }

  /** The letter's id: its digest under the LetterRegistry at {@code registry}. */
  public static Bytes32 letterDigest(IntroductionLetter l, long chainId, Address registry) {
    Bytes32 structHash =
        new AbiWords()
            .add(LETTER_TYPEHASH)
            .add(l.issuerDepartment())
            .add(l.issuer())
            .add(l.holder())
            .add(l.targetDepartment())
            .add(l.caseId())
            .add(l.requestId())
            .add(l.categories())
            .add(l.purposeHash())
            .add(seconds(l.validFrom()))
            .add(seconds(l.validUntil()))
            .add(l.nonce())
            .keccak();
    return digest(domainSeparator(LETTER_DOMAIN, "1", chainId, registry), structHash);
  }

  /** The digest a department's seal signs to stamp a response to {@code request}. */
  public static Bytes32 stampDigest(
      DataRequest request,
      Bytes32 responseHash,
      Bytes32 blobRef,
      Instant deadline,
      long chainId,
      Address registry) {
    Bytes32 structHash =
        new AbiWords()
            .add(STAMP_TYPEHASH)
            .add(request.requestId())
            .add(responseHash)
            .add(blobRef)
            .add(seconds(deadline))
            .keccak();
    return digest(domainSeparator(REQUEST_DOMAIN, "1", chainId, registry), structHash);
  }

  private static long seconds(Instant t) {
    return t.getEpochSecond();
  }

  private static Bytes32 utf8Hash(String s) {
    return Bytes32.of(AbiWords.keccak256(s.getBytes(StandardCharsets.UTF_8)));
  }
}
