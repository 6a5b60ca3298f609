package cn.yunxi.sdk.internal.client;

import cn.yunxi.sdk.internal.tx.TransactionSender;
import cn.yunxi.sdk.tx.Inclusion;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Sends a wrapper-encoded call to one contract through the client's sender and waits. */
final class ContractCalls {
  private final String contract;
  private final TransactionSender sender;

  ContractCalls(String contract, TransactionSender sender) {
    this.contract = contract;
    this.sender = sender;
  }

  Inclusion send(RemoteFunctionCall<?> call) {
    return Transactions.inclusionOf(sendForReceipt(call));
  }

  /** The mined receipt, for callers that read the call's events. */
  TransactionReceipt sendForReceipt(RemoteFunctionCall<?> call) {
    return Transactions.await(sender.submit(contract, call.encodeFunctionCall()));
  }
}
