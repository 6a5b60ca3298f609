package cn.yunxi.network;

import java.nio.file.Path;

/**
 * The generator's output directory already exists and is not empty. Generated networks hold private
 * keys, so the generator never writes over (or into) an existing one.
 */
public final class OutputExistsException extends NetworkConfigException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public OutputExistsException(Path directory) {
    super(
        directory
            + " already exists and is not empty: refusing to overwrite a network (it may hold"
            + " node keys); choose another output directory or remove this one first");
    this.directory = directory;
  }

  /** The directory that was left untouched. */
  public Path directory() {
    return directory;
  }
}
