package cn.yunxi.sdk.blob;

import cn.yunxi.sdk.internal.blob.LocalBlobWriter;
import cn.yunxi.sdk.internal.blob.VerifyingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The default {@link BlobStore}: a directory on a local file system. A blob lives at {@code
 * <root>/ab/cd/<64 hex digits>} (its first two bytes as two levels of fan-out); writers stage in
 * {@code <root>/tmp/} on the same file system and commit by fsync + atomic rename, so a blob is
 * either wholly visible or not at all, and any number of processes and threads may write (even the
 * same content) at once. Reads verify the SHA-256.
 */
public final class LocalBlobStore implements BlobStore {
  /** Staging files older than this are left over from crashed writers and are removed on open. */
  private static final Duration STALE_STAGING = Duration.ofDays(1);

  private final Path root;
  private final Path staging;

  private LocalBlobStore(Path root) {
    this.root = root;
    this.staging = root.resolve("tmp");
  }

  /** The store in {@code root}, creating the directory if needed. */
  public static LocalBlobStore open(Path root) {
    Objects.requireNonNull(root, "root");
    LocalBlobStore store = new LocalBlobStore(root.toAbsolutePath().normalize());
    try {
      Files.createDirectories(store.staging);
    } catch (IOException e) {
      throw new BlobStoreException("cannot create blob store " + root + ": " + e.getMessage(), e);
    }
    store.removeStaleStaging();
    return store;
  }

  public Path root() {
    return root;
  }

  /** Where the blob {@code ref} is (or would be) stored. */
  public Path pathOf(BlobRef ref) {
    String hex = ref.hex();
    return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
  }

  @Override
  public BlobWriter newWriter() {
    return new LocalBlobWriter(staging, this::pathOf);
  }

  @Override
  public InputStream open(BlobRef ref) {
    Objects.requireNonNull(ref, "ref");
    Path path = pathOf(ref);
    try {
      return new VerifyingInputStream(ref, Files.newInputStream(path));
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(ref, root.toString());
    } catch (IOException e) {
      throw new BlobStoreException("cannot open blob " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean contains(BlobRef ref) {
    return Files.isRegularFile(pathOf(Objects.requireNonNull(ref, "ref")));
  }

  @Override
  public long size(BlobRef ref) {
    Objects.requireNonNull(ref, "ref");
    try {
      return Files.size(pathOf(ref));
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(ref, root.toString());
    } catch (IOException e) {
      throw new BlobStoreException(
          "cannot read the size of blob " + ref + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "LocalBlobStore[" + root + "]";
  }

  private void removeStaleStaging() {
    Instant cutoff = Instant.now().minus(STALE_STAGING);
    try (Stream<Path> files = Files.list(staging)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // Leftover staging files cost disk space only; never fail opening the store for them.
    }
  }
}
