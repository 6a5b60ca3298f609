package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.internal.AbiWords;

/** Keccak-256, the hash of every link in an Ethereum proof. */
final class Keccak {
  private Keccak() {}

  static byte[] of(byte[] data) {
    return AbiWords.keccak256(data);
  }
}
