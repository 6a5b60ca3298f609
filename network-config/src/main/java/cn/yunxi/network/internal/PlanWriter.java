package cn.yunxi.network.internal;

import cn.yunxi.network.NetworkConfigException;
import cn.yunxi.network.OutputExistsException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a {@link NetworkPlan} to disk, all or nothing: into a fresh hidden sibling directory
 * first, renamed into place once complete, so a failure never leaves half a network (or half its
 * keys) behind. Never writes into an existing non-empty directory. Private keys are created with
 * mode 0600 from the start — not chmod-ed afterwards — so they are never readable by others, not
 * even for an instant.
 */
public final class PlanWriter {
  private static final Set<PosixFilePermission> PRIVATE_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> KEY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> EXECUTABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

  private PlanWriter() {}

  /**
   * Writes {@code plan} as directory {@code out}.
   *
   * @throws OutputExistsException if {@code out} exists and is not an empty directory
   * @throws NetworkConfigException if writing fails (nothing is left behind)
   */
  public static void write(NetworkPlan plan, Path out) {
    Path target = out.toAbsolutePath().normalize();
    refuseExisting(target);
    Path staging = null;
    try {
      Path parent = target.getParent();
      Files.createDirectories(parent);
      staging =
          parent.resolve(
              "." + target.getFileName() + ".partial-" + HexFormat.of().formatHex(randomBytes()));
      Files.createDirectory(staging, attribute(PRIVATE_DIR));
      Files.setPosixFilePermissions(staging, PRIVATE_DIR);
      for (NetworkPlan.Entry entry : plan.entries()) {
        writeEntry(staging.resolve(entry.path()), entry);
      }
      refuseExisting(target);
      // Rename cannot replace a non-empty directory; an empty one the caller made is fine to drop.
      Files.deleteIfExists(target);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      staging = null;
    } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
      throw new OutputExistsException(target);
    } catch (UnsupportedOperationException e) {
      throw new NetworkConfigException(
          "cannot write " + target + ": node keys need a POSIX file system (mode 0600)", e);
    } catch (IOException e) {
      throw new NetworkConfigException("cannot write the network to " + target + ": " + e, e);
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
      }
    }
  }

  private static void refuseExisting(Path target) {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputExistsException(target);
    }
    try (Stream<Path> children = Files.list(target)) {
      if (children.findAny().isPresent()) {
        throw new OutputExistsException(target);
      }
    } catch (IOException e) {
      throw new NetworkConfigException("cannot inspect " + target + ": " + e, e);
    }
  }

  private static void writeEntry(Path path, NetworkPlan.Entry entry) throws IOException {
    switch (entry.kind()) {
      case PRIVATE_DIRECTORY -> directory(path, PRIVATE_DIR);
      case DIRECTORY -> directory(path, DIR);
      case PRIVATE_KEY -> file(path, entry.content(), KEY);
      case EXECUTABLE -> file(path, entry.content(), EXECUTABLE);
      case FILE -> file(path, entry.content(), FILE);
    }
  }

  private static void directory(Path path, Set<PosixFilePermission> mode) throws IOException {
    Files.createDirectory(path, attribute(mode));
    // The umask may have removed bits from the creation mode; state the intended mode exactly.
    Files.setPosixFilePermissions(path, mode);
  }

  private static void file(Path path, byte[] content, Set<PosixFilePermission> mode)
      throws IOException {
    try (SeekableByteChannel channel =
            Files.newByteChannel(
                path,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                attribute(mode));
        OutputStream stream = Channels.newOutputStream(channel)) {
      stream.write(content);
    }
    Files.setPosixFilePermissions(path, mode);
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
    return PosixFilePermissions.asFileAttribute(mode);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(PlanWriter::deleteOne);
    } catch (IOException | RuntimeException e) {
      // Best effort: the staging directory is hidden and mode 0700; the original error matters
      // more.
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      // Best effort, see deleteQuietly.
    }
  }
}
