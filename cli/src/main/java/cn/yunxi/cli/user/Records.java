package cn.yunxi.cli.user;

import cn.yunxi.cli.CliException;
import cn.yunxi.sdk.index.IndexNotFoundException;
import cn.yunxi.sdk.index.LetterView;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.model.RequestStatus;
import java.time.Instant;

/**
 * Data requests and letters by id. Every step of a request passes the request itself (the chain
 * stores only its hash); the index has every value of it from its {@code RequestCreated} event, and
 * every value of a letter from {@code LetterIssued}.
 */
public final class Records {
  private Records() {}

  /** The request's view in the index, waiting for the index to catch up first. */
  public static RequestView requestView(Session s, Bytes32 id) {
    try {
      return s.caughtUpIndex().request(id).data();
    } catch (IndexNotFoundException e) {
      if (s.reader().requests().statusOf(id) == RequestStatus.NONE) {
        throw new CliException("unknown request " + id + ": no such request on chain");
      }
      throw new CliException(
          "the index at " + s.indexUrl() + " does not show request " + id + " (not to you?)");
    }
  }

  /** The request itself, as its steps pass it. */
  public static DataRequest request(RequestView v) {
    DataRequest r =
        new DataRequest(
            v.caseId(),
            v.requesterDepartment(),
            v.targetDepartment(),
            v.categories(),
            v.queryCommitment(),
            v.creator(),
            v.deadline(),
            v.salt());
    if (!r.requestId().equals(v.requestId())) {
      throw new CliException(
          "the index's values of request " + v.requestId() + " do not hash to its id");
    }
    return r;
  }

  /** The letter's view in the index, waiting for the index to catch up first. */
  public static LetterView letterView(Session s, Bytes32 id) {
    try {
      return s.caughtUpIndex().letter(id).data();
    } catch (IndexNotFoundException e) {
      if (!s.reader().letters().isValid(id, Instant.now())) {
        throw new CliException(
            "unknown letter " + id + " (or one the index at " + s.indexUrl() + " does not show)");
      }
      throw new CliException(
          "the index at " + s.indexUrl() + " does not show letter " + id + " (not to you?)");
    }
  }

  /** The letter itself. */
  public static IntroductionLetter letter(LetterView v) {
    return new IntroductionLetter(
        v.issuerDepartment(),
        v.issuer(),
        v.holder(),
        v.targetDepartment(),
        v.caseId(),
        v.requestId(),
        v.categories(),
        v.purposeHash(),
        v.validFrom(),
        v.validUntil(),
        v.nonce());
  }
}
