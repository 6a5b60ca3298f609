package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.tx.Inclusion;
import java.time.Instant;

/** Electronic introduction letters (电子介绍信), issued by a department's OFFICE. */
public interface LetterOperations {
  /**
   * Issues {@code letter} on chain and signs it as an off-chain document. The letter's issuer must
   * be this client's member and its nonce the issuer's next ({@link #nextNonce}); calls are
   * serialised per client so that nonces do not race.
   */
  IssuedLetter issue(IntroductionLetter letter);

  /** The nonce the client member's next letter must carry. */
  java.math.BigInteger nextNonce();

  /** Revokes a letter from now on. Caller: OFFICE of the issuing department. */
  Inclusion revoke(Bytes32 letterId, Bytes32 reasonHash);

  /** Whether the letter was registered and valid (in its window, unrevoked) at {@code moment}. */
  boolean isValid(Bytes32 letterId, Instant moment);

  /** The letter's id: its EIP-712 digest under this consortium's LetterRegistry. */
  Bytes32 idOf(IntroductionLetter letter);

  /** Checks an off-chain letter document: the issuer's signature and the registration. */
  boolean verifyDocument(IntroductionLetter letter, Signature signature);

  /** A letter as issued: the document, its id, the issuer's signature, and the transaction. */
  record IssuedLetter(
      IntroductionLetter letter, Bytes32 letterId, Signature signature, Inclusion inclusion) {}
}
