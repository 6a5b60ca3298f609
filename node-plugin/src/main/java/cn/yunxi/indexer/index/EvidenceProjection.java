package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.blob.BatchManifest;
import cn.yunxi.sdk.events.BatchAnchored;
import cn.yunxi.sdk.events.CustodyRecorded;
import cn.yunxi.sdk.events.EvidenceDeposited;
import cn.yunxi.sdk.events.EvidenceEvent;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Evidence events → the evidence indexes (by SHA-256, SM3, case, id), batches and their leaves, and
 * custody. A deposit's entries point to its event; a batch's leaves come from its manifest, fetched
 * from the {@link ManifestSource} and checked (content hash, format, root, item count) before any
 * leaf is indexed. Without a valid manifest the batch itself is still indexed and the context notes
 * the manifest as missing.
 */
final class EvidenceProjection {
  private static final byte[] EMPTY = new byte[0];

  private final ManifestSource manifests;

  EvidenceProjection(ManifestSource manifests) {
    this.manifests = manifests;
  }

  void apply(EventContext ctx, EvidenceEvent event) {
    if (event instanceof EvidenceDeposited e) {
      deposited(ctx, e);
    } else if (event instanceof BatchAnchored e) {
      anchored(ctx, e);
    } else if (event instanceof CustodyRecorded e) {
      ctx.batch.put(
          IndexColumn.CUSTODY,
          KeyWriter.key().bytes32(e.subject()).raw(ctx.position).build(),
          EMPTY);
      ctx.caseTimeline(e.caseId());
      ctx.caseOwner(e.caseId());
    }
    // RequestRegistryLinked: a deployment fact, in the event store only.
  }

  private void deposited(EventContext ctx, EvidenceDeposited e) {
    byte[] item = Positions.item(ctx.position, 0);
    indexItem(ctx, e.caseId(), e.contentSha256(), e.contentSm3(), item);
    ctx.batch.put(IndexColumn.EVIDENCE_BY_ID, e.evidenceId().toByteArray(), ctx.position);
    ctx.caseTimeline(e.caseId());
    ctx.caseOwner(e.caseId());
  }

  private void anchored(EventContext ctx, BatchAnchored e) {
    ctx.department(e.department());
    Optional<BatchManifest> manifest = manifest(e);
    ctx.batch.put(
        IndexColumn.BATCHES,
        e.root().toByteArray(),
        KeyWriter.key().raw(ctx.position).bool(manifest.isPresent()).build());
    if (manifest.isEmpty()) {
      ctx.manifestMissing = true;
      return;
    }
    int leafIndex = 0;
    for (BatchLeaf leaf : manifest.get().leaves()) {
      byte[] item = Positions.item(ctx.position, leafIndex++);
      ctx.batch.put(IndexColumn.BATCH_LEAVES, item, StateCodec.encode(leaf));
      indexItem(ctx, leaf.caseId(), leaf.contentSha256(), leaf.contentSm3(), item);
      ctx.caseTimeline(leaf.caseId());
    }
  }

  private static void indexItem(
      EventContext ctx, Bytes32 caseId, Bytes32 sha256, Bytes32 sm3, byte[] item) {
    ctx.batch.put(
        IndexColumn.EVIDENCE_BY_SHA256, KeyWriter.key().bytes32(sha256).raw(item).build(), EMPTY);
    ctx.batch.put(
        IndexColumn.EVIDENCE_BY_SM3, KeyWriter.key().bytes32(sm3).raw(item).build(), EMPTY);
    ctx.batch.put(
        IndexColumn.EVIDENCE_BY_CASE, KeyWriter.key().bytes32(caseId).raw(item).build(), EMPTY);
  }

  /** The batch's manifest if the source has it and it is the one the anchor names; else empty. */
  private Optional<BatchManifest> manifest(BatchAnchored e) {
    if (e.manifestRef().isZero()) {
      return Optional.empty();
    }
    try {
      Optional<byte[]> blob = manifests.manifest(e.manifestRef());
      if (blob.isEmpty() || !Bytes32.of(sha256(blob.get())).equals(e.manifestRef())) {
        return Optional.empty();
      }
      BatchManifest manifest = BatchManifest.parse(blob.get());
      if (!manifest.root().equals(e.root()) || manifest.leaves().size() != e.itemCount()) {
        return Optional.empty();
      }
      return Optional.of(manifest);
    } catch (RuntimeException unavailableOrInvalid) {
      // A source that fails, or a blob that does not parse, must not stop the indexer.
      return Optional.empty();
    }
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
