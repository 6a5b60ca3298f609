package cn.yunxi.sdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.blob.PatternStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant memory, checked for real: a 200 MB stream sealed into a local store and opened back in a
 * child JVM whose heap is capped at 64 MB (a leak of the content would need three times that).
 */
class SmallHeapIntakeTest {
  private static final long SIZE = 200_000_000L;

  @TempDir Path dir;

  @Test
  void sealsAndOpensTwoHundredMegabytesWithASixtyFourMegabyteHeap() throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                classpath,
                SmallHeapIntakeMain.class.getName(),
                dir.toString(),
                Long.toString(SIZE))
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();

    ContentDigests expected = ContentDigests.of(new PatternStream(SIZE));
    String line = expected.sha256() + " " + expected.sm3() + " " + SIZE;
    assertThat(output).contains("sealed " + line, "opened " + line, "maxHeapMiB ");
    int maxHeap = Integer.parseInt(output.replaceAll("(?s).*maxHeapMiB (\\d+).*", "$1"));
    assertThat(maxHeap).isLessThanOrEqualTo(64);
  }
}
