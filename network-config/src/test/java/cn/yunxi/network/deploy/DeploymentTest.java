package cn.yunxi.network.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.ContractAddresses;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DeploymentTest {
  private static final Deployment DEPLOYMENT =
      new Deployment(
          20_261_128,
          ContractAddresses.fromHex(
              "0x00000000000000000000000000000000000000A1",
              "0x00000000000000000000000000000000000000a2",
              "0x00000000000000000000000000000000000000a3",
              "0x00000000000000000000000000000000000000a4",
              "0x00000000000000000000000000000000000000a5"),
          7);

  @Test
  void roundTripsThroughTheDocumentedJson() throws Exception {
    String json = DEPLOYMENT.toJson();

    var tree = new ObjectMapper().readTree(json);
    assertThat(tree.get("chainId").asLong()).isEqualTo(20_261_128);
    assertThat(tree.get("deployedAtBlock").asLong()).isEqualTo(7);
    assertThat(tree.get("contracts").get("consortium").asText())
        .isEqualTo("0x00000000000000000000000000000000000000a1");
    assertThat(tree.get("contracts").get("requests").asText())
        .isEqualTo("0x00000000000000000000000000000000000000a5");
    assertThat(Deployment.fromJson(json)).isEqualTo(DEPLOYMENT);
  }

  @Test
  void aBrokenFileNamesWhatIsWrong() {
    assertThatThrownBy(() -> Deployment.fromJson("{"))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> Deployment.fromJson("{\"chainId\":1,\"deployedAtBlock\":0}"))
        .hasMessageContaining("no \"contracts\" object");
    assertThatThrownBy(
            () -> Deployment.fromJson(DEPLOYMENT.toJson().replace("\"letters\"", "\"letter\"")))
        .hasMessageContaining("\"contracts\".letters");
    assertThatThrownBy(
            () ->
                Deployment.fromJson(
                    DEPLOYMENT.toJson().replace("\"chainId\" : 20261128", "\"chainId\" : \"x\"")))
        .hasMessageContaining("\"chainId\"");
  }
}
