package cn.yunxi.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dev up / status / up / down / up / down} on a real Anvil and real indexer processes, with
 * the state in a temporary home: the bootstrap is done once, a second {@code up} changes nothing,
 * and the chain survives {@code down}.
 */
class DevLifecycleIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  @AfterEach
  void stopEverything() {
    Cli.run("dev", "down", "--home", home.toString());
  }

  @Test
  void upStatusDownUpKeepsTheChainAndChangesNothingTwice() throws Exception {
    Path consortium = Cli.resource("two-departments.yaml");
    String[] up = {"dev", "up", "--home", home.toString(), "--consortium", consortium.toString()};

    Cli.Result first = Cli.run(up);
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).contains("the dev consortium is up").contains("auditor console:");
    assertThat(first.err()).contains("bootstrap finished");
    JsonNode dev = JSON.readTree(home.resolve("dev/dev.json").toFile());
    assertThat(dev.path("chainId").asLong()).isEqualTo(20_260_707L);
    assertThat(dev.path("departments").fieldNames())
        .toIterable()
        .containsExactly("JB-ZHXZZF", "JB-ZFJD");
    assertThat(dev.path("auditor").path("department").asText()).isEqualTo("JB-ZFJD");
    JsonNode officer = dev.path("members").get(0);
    assertThat(officer.path("name").asText()).isEqualTo("洪塘中队执法队员");
    assertThat(officer.path("address").asText()).startsWith("0x");
    assertThat(officer.path("privateKey").asText()).hasSize(66);
    assertThat(home.resolve("dev/pids/anvil.pid")).isRegularFile();

    Cli.Result status = Cli.run("dev", "status", "--home", home.toString(), "--json");
    assertThat(status.exitCode()).as(status.toString()).isZero();
    JsonNode report = JSON.readTree(status.out());
    assertThat(report.path("up").asBoolean()).isTrue();
    assertThat(report.path("indexers").path("JB-ZFJD").path("checkpoint").asLong())
        .isGreaterThanOrEqualTo(dev.path("deployedAtBlock").asLong());

    Cli.Result again = Cli.run(up);
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("already up: nothing changed");
    assertThat(again.err()).contains("bootstrap already finished").doesNotContain("registering");

    Cli.Result console = Cli.run("console", "--home", home.toString());
    assertThat(console.out()).startsWith(dev.path("auditor").path("console").asText());

    Cli.Result down = Cli.run("dev", "down", "--home", home.toString());
    assertThat(down.exitCode()).as(down.toString()).isZero();
    assertThat(down.out()).contains("anvil").contains("indexer JB-ZFJD");
    try (var pids = Files.list(home.resolve("dev/pids"))) {
      assertThat(pids).isEmpty();
    }
    assertThat(home.resolve("dev/anvil-state.json")).isNotEmptyFile();
    Cli.Result downStatus = Cli.run("dev", "status", "--home", home.toString());
    assertThat(downStatus.exitCode()).isEqualTo(1);
    assertThat(downStatus.err()).startsWith("yunxi: ").contains("down");

    Cli.Result resumed = Cli.run(up);
    assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
    assertThat(resumed.err())
        .contains("Consortium already deployed")
        .contains("bootstrap already finished")
        .doesNotContain("deploying");
    JsonNode after = JSON.readTree(home.resolve("dev/dev.json").toFile());
    assertThat(after.path("contracts")).isEqualTo(dev.path("contracts"));
    assertThat(after.path("departments").path("JB-ZFJD").path("token"))
        .isEqualTo(dev.path("departments").path("JB-ZFJD").path("token"));
    Cli.Result statusAfter = Cli.run("dev", "status", "--home", home.toString());
    assertThat(statusAfter.exitCode()).as(statusAfter.toString()).isZero();
  }
}
