package cn.yunxi.sdk.internal.client;

import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.contracts.generated.LetterRegistry;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.IntroductionLetter;
import java.math.BigInteger;

/** Model records to the wrappers' struct classes (web3j makes one class per wrapper). */
final class Structs {
  private Structs() {}

  static DataRequestRegistry.Request request(DataRequest r) {
    return new DataRequestRegistry.Request(
        r.caseId().toByteArray(),
        r.requesterDepartment().toByteArray(),
        r.targetDepartment().toByteArray(),
        r.categories(),
        r.queryCommitment().toByteArray(),
        r.creator().toHex(),
        BigInteger.valueOf(r.deadline().getEpochSecond()),
        new BigInteger(Long.toUnsignedString(r.salt())));
  }

  static LetterRegistry.Letter letter(IntroductionLetter l) {
    return new LetterRegistry.Letter(
        l.issuerDepartment().toByteArray(),
        l.issuer().toHex(),
        l.holder().toHex(),
        l.targetDepartment().toByteArray(),
        l.caseId().toByteArray(),
        l.requestId().toByteArray(),
        l.categories(),
        l.purposeHash().toByteArray(),
        BigInteger.valueOf(l.validFrom().getEpochSecond()),
        BigInteger.valueOf(l.validUntil().getEpochSecond()),
        l.nonce());
  }

  static DataRequestRegistry.Letter requestLetter(IntroductionLetter l) {
    LetterRegistry.Letter s = letter(l);
    return new DataRequestRegistry.Letter(
        s.issuerDepartment,
        s.issuer,
        s.holder,
        s.targetDepartment,
        s.caseId,
        s.requestId,
        s.categories,
        s.purposeHash,
        s.validFrom,
        s.validUntil,
        s.nonce);
  }
}
