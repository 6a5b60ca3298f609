package cn.yunxi.cli;

import cn.yunxi.network.ConsortiumLoader;
import cn.yunxi.network.LoadedConsortium;
import cn.yunxi.network.NetworkConfigException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a consortium file for a command: a missing file or an invalid one is a one-line reason. */
public final class ConsortiumFiles {
  private ConsortiumFiles() {}

  /** The validated consortium of {@code file}. */
  public static LoadedConsortium load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such consortium file: " + file);
    }
    try {
      return ConsortiumLoader.create().load(file);
    } catch (NetworkConfigException e) {
      // The library's messages already name the file, the field and the fix.
      throw new CliException(e.getMessage(), e);
    }
  }
}
