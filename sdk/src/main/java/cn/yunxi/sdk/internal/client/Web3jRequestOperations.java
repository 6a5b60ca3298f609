package cn.yunxi.sdk.internal.client;

import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.sdk.ConsortiumOperations;
import cn.yunxi.sdk.RequestOperations;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.crypto.SealedEvidence;
import cn.yunxi.sdk.internal.Eip712;
import cn.yunxi.sdk.internal.tx.Rpc;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.Department;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.model.RequestStatus;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/** The data-request flow through the DataRequestRegistry; stamps computed locally. */
final class Web3jRequestOperations implements RequestOperations {
  private final DataRequestRegistry registry;
  private final ContractCalls calls;
  private final Rpc rpc;
  private final long chainId;
  private final Address registryAddress;
  private final Web3j web3j;
  private final ConsortiumOperations consortium;

  Web3jRequestOperations(
      DataRequestRegistry registry,
      ContractCalls calls,
      Rpc rpc,
      long chainId,
      Web3j web3j,
      ConsortiumOperations consortium) {
    this.registry = registry;
    this.web3j = web3j;
    this.consortium = consortium;
    this.calls = calls;
    this.rpc = rpc;
    this.chainId = chainId;
    this.registryAddress = Address.fromHex(registry.getContractAddress());
  }

  @Override
  public Inclusion create(DataRequest request) {
    return calls.send(registry.create(Structs.request(request)));
  }

  @Override
  public Inclusion approve(DataRequest request) {
    return calls.send(registry.approve(Structs.request(request)));
  }

  @Override
  public Inclusion bindLetter(DataRequest request, IntroductionLetter letter) {
    return calls.send(registry.bindLetter(Structs.request(request), Structs.requestLetter(letter)));
  }

  @Override
  public Inclusion accept(DataRequest request) {
    return calls.send(registry.accept(Structs.request(request)));
  }

  @Override
  public Inclusion reject(DataRequest request, Bytes32 reasonHash) {
    return calls.send(registry.reject(Structs.request(request), reasonHash.toByteArray()));
  }

  @Override
  public Inclusion fulfil(
      DataRequest request,
      IntroductionLetter letter,
      Bytes32 responseHash,
      Bytes32 blobRef,
      Signer seal,
      Duration stampValidity) {
    // The chain checks the deadline against its own block time: count from that, not from this
    // machine's clock, so clock skew cannot make a fresh stamp look stale.
    Instant deadline = chainTime().plus(stampValidity);
    Bytes32 digest =
        Eip712.stampDigest(request, responseHash, blobRef, deadline, chainId, registryAddress);
    byte[] stamp = seal.sign(digest).toBytes();
    return calls.send(
        registry.fulfil(
            Structs.request(request),
            Structs.requestLetter(letter),
            responseHash.toByteArray(),
            blobRef.toByteArray(),
            BigInteger.valueOf(deadline.getEpochSecond()),
            stamp));
  }

  private Instant chainTime() {
    return Instant.ofEpochSecond(
        rpc.send(web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false))
            .getBlock()
            .getTimestamp()
            .longValueExact());
  }

  @Override
  public Inclusion fulfilWithResponse(
      DataRequest request,
      IntroductionLetter letter,
      byte[] response,
      EvidenceIntake intake,
      KeyWrapScheme scheme,
      Signer seal,
      Duration stampValidity) {
    Department requester = consortium.department(request.requesterDepartment());
    if (!requester.active()) {
      throw new YunxiException(
          "the requesting department " + request.requesterDepartment() + " is not active");
    }
    SealedEvidence sealed =
        intake.seal(response, List.of(Recipient.of(scheme, requester.encryptionKey())));
    return fulfil(
        request, letter, sealed.sha256(), sealed.blobRef().toBytes32(), seal, stampValidity);
  }

  @Override
  public Inclusion receive(
      DataRequest request, EvidenceIntake intake, DecryptionKey departmentKey, OutputStream out) {
    DataRequestRegistry.RequestFulfilledEventResponse fulfilment = fulfilmentOf(request);
    ContentDigests received = intake.open(BlobRef.of(fulfilment.blobRef), departmentKey, out);
    if (!received.sha256().equals(Bytes32.of(fulfilment.responseHash))) {
      throw new YunxiException(
          "the response decrypted does not match the stamped hash "
              + Bytes32.of(fulfilment.responseHash)
              + " of request "
              + request.requestId());
    }
    return confirmReceipt(request);
  }

  private DataRequestRegistry.RequestFulfilledEventResponse fulfilmentOf(DataRequest request) {
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameterName.EARLIEST,
            DefaultBlockParameterName.LATEST,
            registry.getContractAddress());
    filter.addSingleTopic(EventEncoder.encode(DataRequestRegistry.REQUESTFULFILLED_EVENT));
    filter.addSingleTopic(request.requestId().toHex());
    EthLog logs = rpc.send(web3j.ethGetLogs(filter));
    if (logs.hasError() || logs.getLogs().isEmpty()) {
      throw new YunxiException("request " + request.requestId() + " has no fulfilment on chain");
    }
    return DataRequestRegistry.getRequestFulfilledEventFromLog((Log) logs.getLogs().get(0).get());
  }

  @Override
  public Inclusion confirmReceipt(DataRequest request) {
    return calls.send(registry.confirmReceipt(Structs.request(request)));
  }

  @Override
  public Inclusion cancel(DataRequest request) {
    return calls.send(registry.cancel(Structs.request(request)));
  }

  @Override
  public Inclusion expire(DataRequest request) {
    return calls.send(registry.expire(Structs.request(request)));
  }

  @Override
  public RequestStatus statusOf(Bytes32 requestId) {
    DataRequestRegistry.State state =
        rpc.call("stateOf", () -> registry.stateOf(requestId.toByteArray()).send());
    return RequestStatus.ofCode(state.status.intValueExact());
  }
}
