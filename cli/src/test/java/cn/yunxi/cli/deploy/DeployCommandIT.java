package cn.yunxi.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.cli.Cli;
import cn.yunxi.cli.dev.Deployment;
import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.network.KeyRef;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * {@code yunxi deploy} against a fresh node: deploys and bootstraps, and a re-run sends nothing.
 */
class DeployCommandIT {
  @TempDir Path tmp;

  @Test
  void deploysBootstrapsAndResumesWithoutChanges() throws Exception {
    Path consortium = Cli.resource("two-departments.yaml");
    Path out = tmp.resolve("deployment.json");
    try (AnvilNode node = AnvilNode.start(20_260_707L)) {
      String[] deploy = {
        "deploy",
        "--rpc",
        node.rpcUrl(),
        "--consortium",
        consortium.toString(),
        "--out",
        out.toString()
      };

      Cli.Result first = Cli.run(deploy);
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(first.out()).contains("consortium 0x");
      Deployment deployment = Deployment.fromJson(Files.readString(out));
      assertThat(deployment.chainId()).isEqualTo(20_260_707L);

      Web3j web3j = Web3j.build(new HttpService(node.rpcUrl()));
      try {
        var contract =
            cn.yunxi.contracts.generated.Consortium.load(
                deployment.contracts().consortium().toHex(),
                web3j,
                new ReadonlyTransactionManager(web3j, null),
                new DefaultGasProvider());
        String officer = credentials("seed:officer").getAddress();
        String auditor = credentials("seed:auditor").getAddress();
        assertThat(contract.hasRole(officer, BigInteger.ONE).send()).isTrue();
        assertThat(contract.hasRole(auditor, BigInteger.valueOf(16)).send()).isTrue();
        assertThat(contract.activeDepartmentCount().send().longValue()).isEqualTo(2);
        assertThat(contract.bootstrapper().send()).isEqualTo("0x" + "0".repeat(40));
      } finally {
        web3j.shutdown();
      }

      Cli.Result again = Cli.run(deploy);
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(again.err())
          .contains("resuming from")
          .contains("bootstrap already finished")
          .doesNotContain("deploying")
          .doesNotContain("registering");
      assertThat(Deployment.fromJson(Files.readString(out))).isEqualTo(deployment);
    }
  }

  @Test
  void unreachableNodeIsOneLine() {
    Cli.Result r =
        Cli.run(
            "deploy",
            "--rpc",
            "http://127.0.0.1:1",
            "--consortium",
            Cli.resource("two-departments.yaml").toString(),
            "--out",
            tmp.resolve("d.json").toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("\tat ");
    // Warnings about the file come first; the failure is the last line, and one line.
    assertThat(r.err().lines().filter(l -> l.startsWith("yunxi: ")))
        .singleElement()
        .asString()
        .startsWith("yunxi: cannot reach the node");
    assertThat(r.err().strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("yunxi: ");
  }

  private static Credentials credentials(String ref) {
    return Credentials.create(
        org.web3j.crypto.ECKeyPair.create(KeyRef.parse(ref).devPrivateKey().orElseThrow()));
  }
}
