package cn.yunxi.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.network.internal.Rlp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

class QbftExtraDataTest {
  /**
   * Besu's documentation, "Configure QBFT consensus" → "Extra data" → "Generate extra data":
   * https://besu.hyperledger.org/private-networks/how-to/configure/consensus/qbft#extra-data
   * (source: github.com/hyperledger/besu-docs,
   * docs/private-networks/how-to/configure/consensus/qbft.md). The four validators of its {@code
   * toEncode.json}, in the order listed there, and the {@code besu rlp encode
   * --type=QBFT_EXTRA_DATA} output it publishes for them.
   */
  private static final List<String> DOCS_ENCODE_INPUT =
      List.of(
          "0x4592c8e45706cc08b8f44b11e43cba0cfc5892cb",
          "0x06e23768a0f59cf365e18c2e0c89e151bcdedc70",
          "0xc5327f96ee02d7bcbc1bf1236b8c15148971e1de",
          "0xab5e7f4061c605820d3744227eed91ff8e2c8908");

  private static final String DOCS_ENCODE_OUTPUT =
      "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f854944592c8e45706"
          + "cc08b8f44b11e43cba0cfc5892cb9406e23768a0f59cf365e18c2e0c89e151bcdedc7094c5327f96ee02d7"
          + "bcbc1bf1236b8c15148971e1de94ab5e7f4061c605820d3744227eed91ff8e2c8908c080c0";

  /** The same page's genesis example, "Block header validator selection" tab: its extraData. */
  private static final String DOCS_GENESIS_EXTRA_DATA =
      "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f8549464a702e626"
          + "3b7297a96638cac6ae65e6541f4169943923390ad55e90c237593b3b0e401f3b08a0318594aefdb9a738"
          + "c9f433e5b6b212a6d62f6370c2f69294c7eeb9a4e00ce683cf93039b212648e01c6c6b78c080c0";

  /** The same page's "Contract validator selection" genesis: no validators in the header. */
  private static final String DOCS_CONTRACT_GENESIS_EXTRA_DATA =
      "0xe5a00000000000000000000000000000000000000000000000000000000000000000c0c080c0";

  @Test
  void encodesBesuDocumentationsPublishedExampleByteForByte() {
    QbftExtraData extraData =
        QbftExtraData.of(new byte[32], DOCS_ENCODE_INPUT, Optional.empty(), 0, List.of());
    assertThat(extraData.toHex()).isEqualTo(DOCS_ENCODE_OUTPUT);
  }

  /**
   * Besu's own test of {@code besu rlp encode --type=QBFT_EXTRA_DATA}, canEncodeToQbftExtraData in
   * https://github.com/hyperledger/besu/blob/main/app/src/test/java/org/hyperledger/besu/cli/subcommands/rlp/RLPSubCommandTest.java
   */
  @Test
  void encodesBesusRlpSubcommandTestVector() {
    QbftExtraData extraData =
        QbftExtraData.of(
            new byte[32],
            List.of(
                "0xbe068f726a13c8d46c44be6ce9d275600e1735a4",
                "0x5ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193"),
            Optional.empty(),
            0,
            List.of());
    assertThat(extraData.toHex())
        .isEqualTo(
            "0xf84fa00000000000000000000000000000000000000000000000000000000000000000ea94be068f726a"
                + "13c8d46c44be6ce9d275600e1735a4945ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193c080c0");
  }

  /**
   * Besu's codec test vector with every field set — vanity 0x01…0x20, validators 0x…01 and 0x…02,
   * an add vote for 0x…01, round 0xFEDCBA, two seals (r=1, s=10, v=0) and (r=10, s=1, v=0):
   * RAW_HEX_ENCODING_STRING in
   * https://github.com/hyperledger/besu/blob/main/consensus/qbft/src/test/java/org/hyperledger/besu/consensus/qbft/QbftExtraDataCodecTest.java
   */
  @Test
  void decodesAndReencodesBesusCodecTestVectorWithVoteRoundAndSeals() {
    String besu =
        "0xf8f0a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea940000000000000000"
            + "000000000000000000000001940000000000000000000000000000000000000002d7940000000000000000"
            + "00000000000000000000000181ff83fedcbaf886b841000000000000000000000000000000000000000000"
            + "0000000000000000000001000000000000000000000000000000000000000000000000000000000000000a"
            + "00b841000000000000000000000000000000000000000000000000000000000000000a0000000000000000"
            + "00000000000000000000000000000000000000000000000100";
    QbftExtraData decoded = QbftExtraData.decode(besu);
    byte[] vanity = new byte[32];
    for (int i = 0; i < 32; i++) {
      vanity[i] = (byte) (i + 1);
    }
    assertThat(decoded.vanity()).isEqualTo(vanity);
    assertThat(decoded.validators())
        .containsExactly(
            "0x0000000000000000000000000000000000000001",
            "0x0000000000000000000000000000000000000002");
    assertThat(decoded.vote())
        .contains(new QbftExtraData.Vote("0x0000000000000000000000000000000000000001", true));
    assertThat(decoded.round()).isEqualTo(0xFEDCBA);
    assertThat(decoded.seals()).hasSize(2);
    assertThat(decoded.seals().get(0)).isEqualTo(seal(1, 10));
    assertThat(decoded.seals().get(1)).isEqualTo(seal(10, 1));
    assertThat(decoded.toHex()).isEqualTo(besu);
  }

  /** r ‖ s ‖ v, 32 + 32 + 1 bytes, with v = 0. */
  private static byte[] seal(int r, int s) {
    byte[] seal = new byte[65];
    seal[31] = (byte) r;
    seal[63] = (byte) s;
    return seal;
  }

  @Test
  void decodesBesuDocumentationsGenesisExample() {
    QbftExtraData decoded = QbftExtraData.decode(DOCS_GENESIS_EXTRA_DATA);
    assertThat(decoded.validators())
        .containsExactly(
            "0x64a702e6263b7297a96638cac6ae65e6541f4169",
            "0x3923390ad55e90c237593b3b0e401f3b08a03185",
            "0xaefdb9a738c9f433e5b6b212a6d62f6370c2f692",
            "0xc7eeb9a4e00ce683cf93039b212648e01c6c6b78");
    assertThat(decoded.vanity()).isEqualTo(new byte[32]);
    assertThat(decoded.vote()).isEmpty();
    assertThat(decoded.round()).isZero();
    assertThat(decoded.seals()).isEmpty();
    assertThat(decoded.toHex()).isEqualTo(DOCS_GENESIS_EXTRA_DATA);

    assertThat(QbftExtraData.decode(DOCS_CONTRACT_GENESIS_EXTRA_DATA).validators()).isEmpty();
  }

  @Test
  void genesisSortsValidatorsAscendingAsBesusHeaderRuleRequires() {
    QbftExtraData genesis = QbftExtraData.genesis(DOCS_ENCODE_INPUT);
    assertThat(genesis.validators())
        .containsExactly(
            "0x06e23768a0f59cf365e18c2e0c89e151bcdedc70",
            "0x4592c8e45706cc08b8f44b11e43cba0cfc5892cb",
            "0xab5e7f4061c605820d3744227eed91ff8e2c8908",
            "0xc5327f96ee02d7bcbc1bf1236b8c15148971e1de");
    assertThat(genesis.toHex()).startsWith("0xf87aa0" + "00".repeat(32)).endsWith("c080c0");
  }

  @Test
  void genesisAcceptsChecksummedAddressesAndRejectsDuplicatesAndTypos() {
    assertThat(
            QbftExtraData.genesis(List.of("0xFE3B557E8Fb62b89F4916B721be55cEb828dBd73"))
                .validators())
        .containsExactly("0xfe3b557e8fb62b89f4916b721be55ceb828dbd73");
    assertThatThrownBy(
            () ->
                QbftExtraData.genesis(
                    List.of(DOCS_ENCODE_INPUT.get(0), DOCS_ENCODE_INPUT.get(0).toUpperCase())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> QbftExtraData.genesis(List.of("0xFE3B557E8Fb62b89F4916B721be55cEb828dBd74")))
        .hasMessageContaining("checksum");
    assertThatThrownBy(() -> QbftExtraData.genesis(List.of())).hasMessageContaining("at least one");
  }

  @Test
  void roundTripsRandomValidatorSetsVotesRoundsAndSeals() {
    Random random = new Random(20261128);
    for (int n = 1; n <= 40; n++) {
      List<String> validators = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byte[] address = new byte[20];
        random.nextBytes(address);
        validators.add("0x" + HexFormat.of().formatHex(address));
      }
      QbftExtraData genesis = QbftExtraData.genesis(validators);
      QbftExtraData decoded = QbftExtraData.decode(genesis.encode());
      assertThat(decoded).isEqualTo(genesis);
      assertThat(decoded.validators()).containsExactlyInAnyOrderElementsOf(validators).isSorted();

      byte[] vanity = new byte[32];
      random.nextBytes(vanity);
      List<byte[]> seals = new ArrayList<>();
      for (int i = 0; i < n % 5; i++) {
        byte[] seal = new byte[65];
        random.nextBytes(seal);
        seals.add(seal);
      }
      Optional<QbftExtraData.Vote> vote =
          n % 3 == 0
              ? Optional.empty()
              : Optional.of(new QbftExtraData.Vote(validators.get(0), n % 3 == 1));
      int round = random.nextInt(1 << 24);
      QbftExtraData full = QbftExtraData.of(vanity, validators, vote, round, seals);
      QbftExtraData back = QbftExtraData.decode(full.toHex());
      assertThat(back.validators()).isEqualTo(validators);
      assertThat(back.vote()).isEqualTo(vote);
      assertThat(back.round()).isEqualTo(round);
      assertThat(back.vanity()).isEqualTo(vanity);
      assertThat(back.seals()).usingRecursiveFieldByFieldElementComparator().isEqualTo(seals);
    }
  }

  @Test
  void agreesWithWeb3jsIndependentRlpEncoder() {
    QbftExtraData genesis = QbftExtraData.genesis(DOCS_ENCODE_INPUT);
    List<RlpType> validators = new ArrayList<>();
    for (String v : genesis.validators()) {
      validators.add(RlpString.create(HexFormat.of().parseHex(v.substring(2))));
    }
    byte[] web3j =
        RlpEncoder.encode(
            new RlpList(
                RlpString.create(new byte[32]),
                new RlpList(validators),
                new RlpList(),
                RlpString.create(new byte[0]),
                new RlpList()));
    assertThat(genesis.encode()).isEqualTo(web3j);
  }

  @Test
  void rejectsMalformedExtraData() {
    Rlp.Item vanity = Rlp.bytes(new byte[32]);
    Rlp.Item none = Rlp.list(List.of());
    // Four fields: the seals are missing.
    assertThatThrownBy(() -> decode(vanity, none, none, Rlp.scalar(0)))
        .hasMessageContaining("5 fields");
    // A 19-byte validator.
    Rlp.Item shortAddress = Rlp.list(List.of(Rlp.bytes(new byte[19])));
    assertThatThrownBy(() -> decode(vanity, shortAddress, none, Rlp.scalar(0), none))
        .hasMessageContaining("20-byte");
    // A round with a leading zero byte.
    assertThatThrownBy(() -> decode(vanity, none, none, Rlp.bytes(new byte[] {0, 1}), none))
        .hasMessageContaining("leading zero");
    // A vote type other than 0xff (add) or empty (drop).
    Rlp.Item badVote = Rlp.list(List.of(Rlp.bytes(new byte[20]), Rlp.bytes(new byte[] {1})));
    assertThatThrownBy(() -> decode(vanity, none, badVote, Rlp.scalar(0), none))
        .hasMessageContaining("vote type");
    // A 64-byte seal.
    Rlp.Item badSeal = Rlp.list(List.of(Rlp.bytes(new byte[64])));
    assertThatThrownBy(() -> decode(vanity, none, none, Rlp.scalar(0), badSeal))
        .hasMessageContaining("65 bytes");
  }

  private static QbftExtraData decode(Rlp.Item... fields) {
    return QbftExtraData.decode(Rlp.encode(Rlp.list(List.of(fields))));
  }
}
