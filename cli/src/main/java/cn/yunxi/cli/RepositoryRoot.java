package cn.yunxi.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the repository the CLI runs from: the dev chain's Anvil ({@code node_modules}), the example
 * consortium and the default {@code .yunxi/} live there. The launcher passes {@code -Dyunxi.root};
 * otherwise the working directory's ancestors, then the jar's, are searched.
 */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  /** The repository root, or a failure that says how to point at it. */
  public static Path find() {
    String property = System.getProperty("yunxi.root");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    String env = System.getenv("YUNXI_ROOT");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    return above(Path.of("").toAbsolutePath())
        .or(RepositoryRoot::aboveJar)
        .orElseThrow(
            () ->
                new CliException(
                    "cannot find the Yunxi repository (package.json and network-config/): run"
                        + " ./yunxi from it, or set YUNXI_ROOT"));
  }

  private static Optional<Path> aboveJar() {
    try {
      Path jar =
          Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return above(jar);
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> above(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("package.json"))
          && Files.isDirectory(dir.resolve("network-config"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }
}
