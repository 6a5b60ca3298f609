package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Bytes32;

/** An event of the DataRequestRegistry; every one concerns one data request. */
public sealed interface RequestEvent extends YunxiEvent
    permits LetterBound,
        ReceiptConfirmed,
        RequestAccepted,
        RequestApproved,
        RequestCancelled,
        RequestCreated,
        RequestExpired,
        RequestFulfilled,
        RequestRejected {

  /** The request: keccak-256 of its ABI-encoded {@code Request}. */
  Bytes32 requestId();

  @Override
  default YunxiContract contract() {
    return YunxiContract.REQUESTS;
  }
}
