package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.model.RequestStatus;
import cn.yunxi.sdk.tx.Inclusion;
import java.time.Duration;

/**
 * Cross-department data requests: officer creates → captain (not the creator) approves → office
 * binds the letter → the target's custodian accepts and fulfils with the seal's stamp → the creator
 * confirms receipt (custody recorded). Every step passes the {@link DataRequest} itself.
 */
public interface RequestOperations {
  /** Files {@code request}; its creator must be this client's member (an OFFICER). */
  Inclusion create(DataRequest request);

  Inclusion approve(DataRequest request);

  Inclusion bindLetter(DataRequest request, IntroductionLetter letter);

  Inclusion accept(DataRequest request);

  Inclusion reject(DataRequest request, Bytes32 reasonHash);

  /**
   * Fulfils with a response already stored (its SHA-256 and the blob reference of its encrypted
   * form), stamped by {@code seal} — the department's seal key, used for this call only (it usually
   * lives in a seal service or HSM, not with the custodian).
   *
   * @param stampValidity how long the prepared stamp stays usable
   */
  Inclusion fulfil(
      DataRequest request,
      IntroductionLetter letter,
      Bytes32 responseHash,
      Bytes32 blobRef,
      Signer seal,
      Duration stampValidity);

  /** Confirms receipt; the chain records custody. Caller: the creator. */
  Inclusion confirmReceipt(DataRequest request);

  Inclusion cancel(DataRequest request);

  Inclusion expire(DataRequest request);

  RequestStatus statusOf(Bytes32 requestId);
}
