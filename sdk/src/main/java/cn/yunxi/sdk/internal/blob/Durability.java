package cn.yunxi.sdk.internal.blob;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** fsync of directories, so that a rename or a new directory survives a crash. */
final class Durability {
  private Durability() {}

  static void syncDirectory(Path dir) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a directory; there the rename is all we can do.
      return;
    }
    try (channel) {
      channel.force(true);
    }
  }
}
