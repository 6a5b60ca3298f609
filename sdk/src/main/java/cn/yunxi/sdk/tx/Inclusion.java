package cn.yunxi.sdk.tx;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/** Where a transaction landed: its hash and the block that holds it. */
public record Inclusion(Bytes32 transactionHash, long blockNumber, Bytes32 blockHash) {
  public Inclusion {
    Objects.requireNonNull(transactionHash, "transactionHash");
    Objects.requireNonNull(blockHash, "blockHash");
  }
}
