package cn.yunxi.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.model.Bytes32;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token files in JSON and YAML, tokens in clear or as digests, and the files refused. */
class TokenRegistryTest {
  @TempDir Path dir;

  @Test
  void aYamlFileNamesDepartmentsByCodeOrIdAndAuditorsByDigest() throws Exception {
    String auditorDigest = HexFormat.of().formatHex(TokenRegistry.sha256("auditor-secret-0123"));
    Path file = dir.resolve("tokens.yaml");
    Files.writeString(
        file,
        """
        tokens:
          - name: traffic
            token: traffic-secret-0123
            department: JB-JJDD
          - name: enforcement
            token: enforcement-secret-0123
            department: "%s"
          - name: audit
            sha256: "0x%s"
            auditor: true
        """
            .formatted(Bytes32.fromAscii("JB-ZHXZZF").toHex(), auditorDigest));
    TokenRegistry tokens = TokenRegistry.load(file);

    assertThat(tokens.size()).isEqualTo(3);
    assertThat(tokens.authenticate("traffic-secret-0123"))
        .contains(Caller.department("traffic", Bytes32.fromAscii("JB-JJDD")));
    assertThat(tokens.authenticate("enforcement-secret-0123"))
        .contains(Caller.department("enforcement", Bytes32.fromAscii("JB-ZHXZZF")));
    assertThat(tokens.authenticate("auditor-secret-0123")).contains(Caller.auditor("audit"));
    assertThat(tokens.authenticate("auditor-secret-012")).isEmpty();
    assertThat(tokens.authenticate("")).isEmpty();
    assertThat(tokens.authenticate(null)).isEmpty();
  }

  @Test
  void aJsonFileReadsTheSame() throws Exception {
    Path file = dir.resolve("tokens.json");
    Files.writeString(
        file,
        "{\"tokens\":[{\"name\":\"audit\",\"token\":\"auditor-secret-0123\",\"auditor\":true}]}");
    assertThat(TokenRegistry.load(file).authenticate("auditor-secret-0123"))
        .contains(Caller.auditor("audit"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"tokens\": {}}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"short\",\"auditor\":true}]}",
        "{\"tokens\": [{\"token\":\"auditor-secret-0123\",\"auditor\":true}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"auditor-secret-0123\"}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"auditor-secret-0123\",\"auditor\":true,"
            + "\"department\":\"JB-JJDD\"}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"auditor-secret-0123\",\"sha256\":\"0x00\","
            + "\"auditor\":true}]}",
        "{\"tokens\": [{\"name\":\"a\",\"sha256\":\"0x1234\",\"auditor\":true}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"auditor-secret-0123\",\"auditor\":true,"
            + "\"role\":\"admin\"}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"dept-secret-0123456\",\"department\":\"0x12\"}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"auditor-secret-0123\",\"auditor\":true},"
            + "{\"name\":\"b\",\"token\":\"auditor-secret-0123\",\"auditor\":true}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\"auditor-secret-0123\",\"auditor\":true},"
            + "{\"name\":\"a\",\"token\":\"auditor-secret-4567\",\"auditor\":true}]}",
        "{\"tokens\": [{\"name\":\"a\",\"token\":\" auditor-secret-0123\",\"auditor\":true}]}",
        "not json"
      })
  void aMalformedFileIsRefusedNamingTheProblem(String content) throws Exception {
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, content);
    assertThatThrownBy(() -> TokenRegistry.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("auditor-secret-0123"));
  }
}
