package cn.yunxi.cli.network;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkGenerateCommandTest {
  @TempDir Path tmp;

  @Test
  void writesTheNetworkAndListsNodesAndValidators() {
    Path out = tmp.resolve("net");
    Cli.Result r =
        Cli.run(
            "network",
            "generate",
            Cli.jiangbei().toString(),
            "--out",
            out.toString(),
            "--seed",
            "test");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("7 nodes, 5 validators").contains("zhxzzf-1").contains("zfjd-1");
    assertThat(r.err()).contains("warning:").contains("seed:");
    assertThat(out.resolve("genesis.json")).isRegularFile();
    assertThat(out.resolve("zhxzzf-1/config.toml")).isRegularFile();
  }

  @Test
  void jsonOutputIsOneDocument() throws Exception {
    Cli.Result r =
        Cli.run(
            "network",
            "generate",
            Cli.jiangbei().toString(),
            "--out",
            tmp.resolve("net").toString(),
            "--json");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.path("nodes")).hasSize(7);
    assertThat(doc.path("validators")).hasSize(5);
    assertThat(doc.path("warnings")).isNotEmpty();
  }

  @Test
  void refusesAnExistingDirectoryWithOneLineReason() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("net"));
    Files.writeString(out.resolve("keep.txt"), "mine");

    Cli.Result r =
        Cli.run("network", "generate", Cli.jiangbei().toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("yunxi: ").contains("already exists");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void badYamlGivesTheValidationErrors() throws Exception {
    String yaml = Files.readString(Cli.jiangbei()).replace("roles: [CAPTAIN]", "roles: [CAPTIAN]");
    Path file = Files.writeString(tmp.resolve("bad.yaml"), yaml);

    Cli.Result r =
        Cli.run("network", "generate", file.toString(), "--out", tmp.resolve("net").toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("yunxi: ")
        .contains("unknown role 'CAPTIAN'")
        .contains("departments[0].members[1].roles[0]");
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(tmp.resolve("net")).doesNotExist();
  }

  @Test
  void verboseAddsTheStackTrace() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("net"));
    Files.writeString(out.resolve("keep.txt"), "mine");

    Cli.Result r =
        Cli.run(
            "network", "generate", Cli.jiangbei().toString(), "--out", out.toString(), "--verbose");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("yunxi: ").contains("\tat ");
  }

  @Test
  void missingOptionIsAUsageError() {
    Cli.Result r = Cli.run("network", "generate", Cli.jiangbei().toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("yunxi: ").contains("--out");
  }
}
