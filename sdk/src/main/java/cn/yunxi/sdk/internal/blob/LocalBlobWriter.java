package cn.yunxi.sdk.internal.blob;

import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.BlobStoreException;
import cn.yunxi.sdk.blob.BlobWriter;
import cn.yunxi.sdk.internal.crypto.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.function.Function;

/**
 * A {@link BlobWriter} into a staging file of a local store. Commit = fsync the file, rename it
 * atomically to its content address (same file system, so readers see all of it or nothing), then
 * fsync the directory so the name survives a crash.
 */
public final class LocalBlobWriter implements BlobWriter {
  private enum State {
    OPEN,
    COMMITTED,
    ABORTED
  }

  private final Path staging;
  private final Function<BlobRef, Path> pathOf;
  private final FileChannel channel;
  private final MessageDigest digest = Sha256.newDigest();
  private long size;
  private State state = State.OPEN;

  public LocalBlobWriter(Path stagingDir, Function<BlobRef, Path> pathOf) {
    this.pathOf = pathOf;
    try {
      this.staging = Files.createTempFile(stagingDir, "blob-", ".part");
      this.channel = FileChannel.open(staging, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new BlobStoreException(
          "cannot create a staging file in " + stagingDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    checkOpen("write");
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      abort();
      throw new BlobStoreException("writing " + staging + " failed: " + e.getMessage(), e);
    }
    digest.update(bytes, offset, length);
    size += length;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public BlobRef commit() {
    checkOpen("commit");
    BlobRef ref = BlobRef.of(digest.digest());
    Path target = pathOf.apply(ref);
    try {
      channel.force(true);
      channel.close();
      if (Files.isRegularFile(target) && Files.size(target) == size) {
        // Content-addressed: the same bytes are already there. (A copy of another size is damaged
        // and is replaced below.)
        Files.deleteIfExists(staging);
      } else {
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
          Files.createDirectories(dir);
          Durability.syncDirectory(dir.getParent());
          Durability.syncDirectory(dir.getParent().getParent());
        }
        // rename(2): atomic, and it replaces a concurrent writer's identical copy harmlessly.
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        Durability.syncDirectory(dir);
      }
      state = State.COMMITTED;
      return ref;
    } catch (IOException e) {
      abort();
      throw new BlobStoreException("committing blob " + ref + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void abort() {
    if (state != State.OPEN) {
      return;
    }
    state = State.ABORTED;
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closing a file we are about to delete: nothing left to protect.
    }
    try {
      Files.deleteIfExists(staging);
    } catch (IOException e) {
      throw new BlobStoreException(
          "cannot delete staging file " + staging + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    abort();
  }

  private void checkOpen(String action) {
    if (state != State.OPEN) {
      throw new IllegalStateException(
          "cannot " + action + ": writer already " + state.name().toLowerCase());
    }
  }
}
