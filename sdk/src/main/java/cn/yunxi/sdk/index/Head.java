package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/**
 * The indexed checkpoint an answer was read at: the newest block the index had applied. Number -1
 * (and a zero hash) for an empty index.
 *
 * @param number the block number
 * @param hash the block hash
 */
public record Head(long number, Bytes32 hash) {
  public Head {
    Objects.requireNonNull(hash, "hash");
  }
}
