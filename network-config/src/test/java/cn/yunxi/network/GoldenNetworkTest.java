package cn.yunxi.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network generated from {@code examples/jiangbei.yaml} with deterministic keys, compared byte
 * for byte with {@code src/test/resources/golden/jiangbei/}. After a deliberate change to the
 * generator or the example, regenerate the golden files, review the diff, commit:
 *
 * <pre>
 * mvn -o -Dnpm.skip -Dforge.skip -pl network-config test -Dtest=GoldenNetworkTest -Dgolden.update=true
 * git diff network-config/src/test/resources/golden
 * </pre>
 *
 * The golden {@code key} files are derived from the public seed below: test data, never a real
 * network's keys.
 */
class GoldenNetworkTest {
  static final String SEED = "yunxi golden jiangbei";
  private static final Path GOLDEN = Path.of("src/test/resources/golden/jiangbei");

  @Test
  void theJiangbeiNetworkMatchesItsGoldenFiles(@TempDir Path tmp) throws IOException {
    Consortium jiangbei =
        ConsortiumLoader.withClock(ConsortiumLoaderTest.CLOCK)
            .load(Path.of("examples/jiangbei.yaml"))
            .consortium();
    Path out = tmp.resolve("jiangbei");
    NetworkGenerator.create()
        .withKeys(NodeKeys.deterministic(SEED))
        .withClock(ConsortiumLoaderTest.CLOCK)
        .generate(jiangbei, out);

    if (Boolean.getBoolean("golden.update")) {
      replaceGolden(out);
    }
    List<String> generated = files(out);
    assertThat(generated).as("files generated").isEqualTo(files(GOLDEN));
    for (String file : generated) {
      assertThat(Files.readAllBytes(out.resolve(file)))
          .as(file + " (regenerate: see this class's Javadoc)")
          .isEqualTo(Files.readAllBytes(GOLDEN.resolve(file)));
    }
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void replaceGolden(Path generated) throws IOException {
    if (Files.exists(GOLDEN)) {
      try (Stream<Path> old = Files.walk(GOLDEN)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (String file : files(generated)) {
      Path target = GOLDEN.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(generated.resolve(file), target);
    }
  }
}
