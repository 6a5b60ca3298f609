package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Bytes32;

/** An event of the LetterRegistry; every one concerns one introduction letter. */
public sealed interface LetterEvent extends YunxiEvent permits LetterIssued, LetterRevoked {

  /** The letter: its EIP-712 digest. */
  Bytes32 letterId();

  @Override
  default YunxiContract contract() {
    return YunxiContract.LETTERS;
  }
}
