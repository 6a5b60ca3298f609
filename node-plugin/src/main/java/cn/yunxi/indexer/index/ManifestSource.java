package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Optional;

/**
 * Where the indexer fetches batch manifests ({@code BatchAnchored.manifestRef}, a blob's SHA-256
 * content address): a blob store, a gateway. The index checks what it gets — hash, format, root —
 * so a source need not. A source that cannot answer returns empty (or throws): the batch is then
 * indexed without its items and counted as missing; indexing never stops for a manifest.
 */
@FunctionalInterface
public interface ManifestSource {

  /** The manifest blob's bytes, or empty if the source does not have it. */
  Optional<byte[]> manifest(Bytes32 ref);

  /** A source that has no manifests. */
  static ManifestSource none() {
    return ref -> Optional.empty();
  }
}
