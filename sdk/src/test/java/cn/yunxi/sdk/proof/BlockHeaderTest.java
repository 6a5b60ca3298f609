package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.internal.proof.BlockHeader;
import cn.yunxi.sdk.internal.proof.ChainData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Header hashing against blocks whose hashes their chains report: a pre-London header (Ethereum
 * mainnet's genesis) and a Cancun header as Anvil 1.7.1 produces it (a genesis block it served,
 * re-typed from its eth_getBlockByNumber answer). Header hashes of Anvil blocks with transactions
 * are checked against Anvil itself in ReceiptsRootIT.
 */
class BlockHeaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ZERO32 = "0x" + "00".repeat(32);
  private static final String EMPTY_TRIE =
      "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
  private static final String EMPTY_OMMERS =
      "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";
  private static final String ZERO_BLOOM = "0x" + "00".repeat(256);

  private static String hash(BlockHeader header) {
    return "0x" + HexFormat.of().formatHex(header.keccakHash());
  }

  @Test
  void hashesEthereumMainnetsGenesisHeader() throws Exception {
    JsonNode block =
        JSON.readTree(
            """
            {"parentHash": "%s", "sha3Uncles": "%s",
             "miner": "0x0000000000000000000000000000000000000000",
             "stateRoot": "0xd7f8974fb5ac78d9ac099b9ad5018bedc2ce0a72dad1827a1709da30580f0544",
             "transactionsRoot": "%s", "receiptsRoot": "%s", "logsBloom": "%s",
             "difficulty": "0x400000000", "number": "0x0", "gasLimit": "0x1388", "gasUsed": "0x0",
             "timestamp": "0x0",
             "extraData": "0x11bbe8db4e347b4e8c937c1c8370e4b5ed33adb3db69cbdb7a38e1e50b1b82fa",
             "mixHash": "%s", "nonce": "0x0000000000000042"}
            """
                .formatted(ZERO32, EMPTY_OMMERS, EMPTY_TRIE, EMPTY_TRIE, ZERO_BLOOM, ZERO32));
    BlockHeader header = ChainData.header(block);
    assertThat(header.has(BlockHeader.Field.BASE_FEE_PER_GAS)).isFalse();
    assertThat(hash(header))
        .isEqualTo("0xd4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3");
  }

  @Test
  void hashesACancunHeaderAsAnvilReportsIt() throws Exception {
    JsonNode block =
        JSON.readTree(
            """
            {"hash": "0xbd54c2e531a5c78c96f69b3a1beb2037784fc0186aa0594ec3b2cb7708874198",
             "parentHash": "%s", "sha3Uncles": "%s",
             "miner": "0x0000000000000000000000000000000000000000",
             "stateRoot": "%s", "transactionsRoot": "%s", "receiptsRoot": "%s", "logsBloom": "%s",
             "difficulty": "0x0", "number": "0x0", "gasLimit": "0x1c9c380", "gasUsed": "0x0",
             "timestamp": "0x6b0a48c3", "extraData": "0x", "mixHash": "%s",
             "nonce": "0x0000000000000000", "baseFeePerGas": "0x0", "withdrawalsRoot": "%s",
             "blobGasUsed": "0x0", "excessBlobGas": "0x0", "parentBeaconBlockRoot": "%s",
             "totalDifficulty": "0x0", "size": "0x242", "uncles": [], "transactions": [],
             "withdrawals": []}
            """
                .formatted(
                    ZERO32,
                    EMPTY_OMMERS,
                    EMPTY_TRIE,
                    EMPTY_TRIE,
                    EMPTY_TRIE,
                    ZERO_BLOOM,
                    ZERO32,
                    EMPTY_TRIE,
                    ZERO32));
    BlockHeader header = ChainData.header(block);
    assertThat(header.fields()).hasSize(20);
    assertThat(hash(header)).isEqualTo(block.get("hash").asText());
  }

  @Test
  void refusesAHeaderWithALaterForkFieldButNotAnEarlierOne() throws Exception {
    JsonNode block =
        JSON.readTree(
            """
            {"parentHash": "%s", "sha3Uncles": "%s",
             "miner": "0x0000000000000000000000000000000000000000",
             "stateRoot": "%s", "transactionsRoot": "%s", "receiptsRoot": "%s", "logsBloom": "%s",
             "difficulty": "0x0", "number": "0x1", "gasLimit": "0x1", "gasUsed": "0x0",
             "timestamp": "0x1", "extraData": "0x", "mixHash": "%s",
             "nonce": "0x0000000000000000", "baseFeePerGas": "0x0",
             "parentBeaconBlockRoot": "%s"}
            """
                .formatted(
                    ZERO32,
                    EMPTY_OMMERS,
                    EMPTY_TRIE,
                    EMPTY_TRIE,
                    EMPTY_TRIE,
                    ZERO_BLOOM,
                    ZERO32,
                    ZERO32));
    assertThatThrownBy(() -> ChainData.header(block))
        .hasMessageContaining("parentBeaconBlockRoot is present but an earlier fork field is not");
  }
}
