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

  /**
   * Fulfils end to end: encrypts {@code response} to the requesting department's registered key
   * ({@code scheme} says which kind of key it is), stores the envelope in the intake's blob store,
   * stamps the plaintext's SHA-256 and the blob reference with {@code seal}, and fulfils.
   */
  Inclusion fulfilWithResponse(
      DataRequest request,
      IntroductionLetter letter,
      byte[] response,
      cn.yunxi.sdk.crypto.EvidenceIntake intake,
      cn.yunxi.sdk.crypto.KeyWrapScheme scheme,
      Signer seal,
      Duration stampValidity);

  /**
   * Receives the response: finds the stamped fulfilment on chain, fetches the envelope from the
   * intake's blob store (a local store, or another department's gateway), decrypts it with the
   * department's key into {@code out}, checks it against the stamped SHA-256, and confirms receipt
   * — the chain records the custody. Caller: the creator.
   *
   * @throws cn.yunxi.sdk.crypto.EnvelopeException if the envelope was tampered with
   * @throws cn.yunxi.sdk.YunxiException if the decrypted response is not the one stamped
   */
  Inclusion receive(
      DataRequest request,
      cn.yunxi.sdk.crypto.EvidenceIntake intake,
      cn.yunxi.sdk.crypto.DecryptionKey departmentKey,
      java.io.OutputStream out);

  /** Confirms receipt; the chain records custody. Caller: the creator. */
  Inclusion confirmReceipt(DataRequest request);

  Inclusion cancel(DataRequest request);

  Inclusion expire(DataRequest request);

  RequestStatus statusOf(Bytes32 requestId);
}
