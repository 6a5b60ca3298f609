package cn.yunxi.indexer.gateway;

import cn.yunxi.indexer.api.ApiException;
import cn.yunxi.indexer.gateway.Challenges.Issued;
import cn.yunxi.indexer.gateway.MemberDirectory.Membership;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.BlobStore;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.blob.GatewayBlobStore.Scope;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The department's blob gateway: hands out challenges and decides, per blob request, whether the
 * signer gets the blob. Refusals are {@link ApiException}s: 400 for a malformed request, 401 when
 * the caller's identity is not proven (no, unknown, used or expired challenge; a signature that
 * does not verify; a challenge issued to another account), 403 when it is proven but not a member
 * or not entitled, 404 when the store has no such blob (only said to the entitled).
 */
public final class BlobGateway {
  private static final Logger LOG = LoggerFactory.getLogger(BlobGateway.class);
  private static final Pattern HEX32 = Pattern.compile("0[xX][0-9a-fA-F]{64}");
  private static final Pattern REF = Pattern.compile("[0-9a-fA-F]{64}");

  private final GatewaySettings settings;
  private final BlobStore store;
  private final Challenges challenges;
  private final MemberDirectory members;
  private final BlobEntitlement entitlement;

  public BlobGateway(GatewaySettings settings, BlobStore store, IndexQueries q, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.store = Objects.requireNonNull(store, "store");
    this.challenges = new Challenges(clock, settings.challengeTtl(), settings.maxChallenges());
    this.members = new MemberDirectory(q, clock);
    this.entitlement = new BlobEntitlement(q, settings.department());
  }

  public GatewaySettings settings() {
    return settings;
  }

  /**
   * A new challenge; for {@code account} only, if given.
   *
   * @throws ApiException 429 if too many are outstanding
   */
  Issued challenge(Address account) {
    return challenges
        .issue(account)
        .orElseThrow(
            () ->
                new ApiException(
                    429, "too many outstanding challenges; use or let expire the ones you have"));
  }

  /**
   * Checks a blob request and answers the blob's reference if the signer gets it.
   *
   * @param refText the blob reference from the path (64 hex digits)
   * @param scope the record the blob is asked for by
   * @param challengeHeader the {@code X-Yunxi-Challenge} header, or null
   * @param signatureHeader the {@code X-Yunxi-Signature} header, or null
   */
  BlobRef authorize(String refText, Scope scope, String challengeHeader, String signatureHeader) {
    if (refText == null || !REF.matcher(refText).matches()) {
      throw ApiException.badRequest("the blob reference must be 64 hex digits");
    }
    BlobRef ref = BlobRef.fromHex(refText);
    if (challengeHeader == null || signatureHeader == null) {
      throw ApiException.unauthorized(
          GatewayBlobStore.CHALLENGE_HEADER
              + " and "
              + GatewayBlobStore.SIGNATURE_HEADER
              + " are required: POST /gateway/challenges, then sign");
    }
    if (!HEX32.matcher(challengeHeader).matches()) {
      throw ApiException.unauthorized("malformed challenge");
    }
    Bytes32 challenge = Bytes32.fromHex(challengeHeader);
    // Redeemed before anything else is checked: whatever happens next, it is spent.
    Issued issued =
        challenges
            .redeem(challenge)
            .orElseThrow(() -> ApiException.unauthorized("unknown, used or expired challenge"));
    Bytes32 digest =
        GatewayBlobStore.accessDigest(settings.chainId(), settings.department(), ref, challenge);
    Address signer =
        SignatureRecovery.recover(digest, signatureHeader)
            .orElseThrow(() -> ApiException.unauthorized("the signature is not valid"));
    if (issued.account() != null && !issued.account().equals(signer)) {
      throw ApiException.unauthorized("the challenge was issued to another account");
    }
    Membership member =
        members
            .activeMember(signer)
            .orElseThrow(
                () ->
                    ApiException.forbidden(signer + " is not an active member of the consortium"));
    Optional<String> refusal = entitlement.refusal(member, scope, ref);
    if (refusal.isPresent()) {
      LOG.info("blob {} refused to {}: {}", ref, signer, refusal.get());
      throw ApiException.forbidden(refusal.get());
    }
    if (!store.contains(ref)) {
      throw ApiException.notFound("this gateway has no blob " + ref);
    }
    LOG.info(
        "blob {} ({} {}) handed to {} of {}",
        ref,
        scope.kind(),
        scope.id(),
        signer,
        member.department());
    return ref;
  }

  BlobStore store() {
    return store;
  }
}
