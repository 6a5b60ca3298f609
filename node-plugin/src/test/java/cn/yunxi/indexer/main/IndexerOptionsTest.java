package cn.yunxi.indexer.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.indexer.IndexerOptions;
import cn.yunxi.sdk.model.Bytes32;
import org.junit.jupiter.api.Test;

/** The indexer's command line: defaults, and one clear line for each kind of mistake. */
class IndexerOptionsTest {
  private static final String[] REQUIRED = {
    "--rpc", "http://127.0.0.1:8545", "--contracts", "c.json", "--data", "idx", "--tokens", "t.json"
  };

  @Test
  void requiredOptionsAndDefaults() {
    IndexerOptions o = IndexerOptions.parse(REQUIRED);
    assertThat(o.port()).isEqualTo(8650);
    assertThat(o.host()).isEqualTo("127.0.0.1");
    assertThat(o.confirmations()).isZero();
    assertThat(o.blobs()).isEmpty();
    assertThat(o.help()).isFalse();
  }

  @Test
  void theGatewayNamesItsDepartment() {
    IndexerOptions o =
        IndexerOptions.parse(
            concat(REQUIRED, "--blobs", "blobs", "--department", "JB-JJDD", "--port", "0"));
    assertThat(o.department()).contains(Bytes32.fromAscii("JB-JJDD"));
    assertThat(o.port()).isZero();
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> IndexerOptions.parse(new String[] {"--rpc", "http://x"}))
        .hasMessage("--contracts is required");
    assertThatThrownBy(() -> IndexerOptions.parse(concat(REQUIRED, "--prot", "1")))
        .hasMessage("unknown option --prot");
    assertThatThrownBy(() -> IndexerOptions.parse(concat(REQUIRED, "--port")))
        .hasMessage("--port needs a value");
    assertThatThrownBy(() -> IndexerOptions.parse(concat(REQUIRED, "--port", "70000")))
        .hasMessageContaining("--port must be between 0 and 65535");
    assertThatThrownBy(() -> IndexerOptions.parse(concat(REQUIRED, "--port", "eighty")))
        .hasMessage("--port must be a number: eighty");
    assertThatThrownBy(() -> IndexerOptions.parse(concat(REQUIRED, "--blobs", "b")))
        .hasMessageContaining("--blobs needs --department");
    assertThatThrownBy(() -> IndexerOptions.parse(concat(REQUIRED, "--department", "0x12")))
        .hasMessageStartingWith("--department: not a department");
    assertThatThrownBy(
            () ->
                IndexerOptions.parse(
                    new String[] {
                      "--rpc", "ftp://x", "--contracts", "c", "--data", "d", "--tokens", "t"
                    }))
        .hasMessageContaining("--rpc: expected a http or https URL");
    assertThatThrownBy(() -> IndexerOptions.parse(concat(REQUIRED, "--data", "again")))
        .hasMessage("--data given twice");
  }

  @Test
  void helpNeedsNothingElse() {
    assertThat(IndexerOptions.parse(new String[] {"--help"}).help()).isTrue();
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
