package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.internal.proof.BlockHeader;
import cn.yunxi.sdk.internal.proof.HeaderHashing;
import cn.yunxi.sdk.internal.proof.QbftExtraData;
import cn.yunxi.sdk.internal.proof.RlpException;
import cn.yunxi.sdk.model.Address;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

/**
 * Besu QBFT: the extraData codec against encodings from Besu's own sources, the block hash and
 * commit-seal hash rules, and commit seals checked against a validator set with Besu's quorum.
 */
class QbftTest {
  private static final HexFormat HEX = HexFormat.of();

  /**
   * From Besu's QbftExtraDataCodecTest (RAW_HEX_ENCODING_STRING): vanity 0x01…0x20, validators
   * 0x…01 and 0x…02, a vote to add 0x…01, round 0xFEDCBA, seals (r=1, s=10, v=0) and (r=10, s=1,
   * v=0).
   */
  private static final String BESU_CODEC_VECTOR =
      "f8f0a00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20ea940000000000000000"
          + "000000000000000000000001940000000000000000000000000000000000000002d7940000000000000000"
          + "00000000000000000000000181ff83fedcbaf886b841000000000000000000000000000000000000000000"
          + "0000000000000000000001000000000000000000000000000000000000000000000000000000000000000a"
          + "00b841000000000000000000000000000000000000000000000000000000000000000a0000000000000000"
          + "00000000000000000000000000000000000000000000000100";

  private static byte[] address(int last) {
    byte[] a = new byte[20];
    a[19] = (byte) last;
    return a;
  }

  @Test
  void decodesAndReEncodesBesusCodecVector() {
    byte[] raw = HEX.parseHex(BESU_CODEC_VECTOR);
    QbftExtraData e = QbftExtraData.decode(raw);
    byte[] vanity = new byte[32];
    for (int i = 0; i < 32; i++) {
      vanity[i] = (byte) (i + 1);
    }
    assertThat(e.vanity()).isEqualTo(vanity);
    assertThat(e.validators()).containsExactly(address(1), address(2));
    assertThat(e.vote().recipient()).isEqualTo(address(1));
    assertThat(e.vote().add()).isTrue();
    assertThat(e.round()).isEqualTo(0xFEDCBA);
    assertThat(e.seals()).hasSize(2);
    assertThat(e.seals().get(0)[31]).isEqualTo((byte) 1);
    assertThat(e.seals().get(0)[63]).isEqualTo((byte) 10);
    assertThat(e.seals().get(1)[31]).isEqualTo((byte) 10);
    assertThat(e.encode()).isEqualTo(raw);
  }

  @Test
  void decodesBesusGenesisExtraData() {
    // Besu's QBFT genesis files (acceptance-tests qbft-emptyextradata.json; qbft-core
    // integration-test genesis_migrating_validator_contract.json).
    QbftExtraData empty =
        QbftExtraData.decode(
            HEX.parseHex(
                "e5a00000000000000000000000000000000000000000000000000000000000000000c0c080c0"));
    assertThat(empty.validators()).isEmpty();
    assertThat(empty.vote()).isNull();
    assertThat(empty.round()).isZero();
    assertThat(empty.seals()).isEmpty();
    byte[] raw =
        HEX.parseHex(
            "f83aa00000000000000000000000000000000000000000000000000000000000000000d594eac51e3fe1af"
                + "c9894f0dfeab8ceb471899b932dfc080c0");
    QbftExtraData one = QbftExtraData.decode(raw);
    assertThat(one.validators())
        .containsExactly(HEX.parseHex("eac51e3fe1afc9894f0dfeab8ceb471899b932df"));
    assertThat(one.encode()).isEqualTo(raw);
  }

  @Test
  void refusesWhatIsNotQbftExtraData() {
    assertThatThrownBy(() -> QbftExtraData.decode(new byte[0])).isInstanceOf(RlpException.class);
    assertThatThrownBy(
            () -> QbftExtraData.decode(HEX.parseHex("e4a0" + "00".repeat(32) + "c0c080")))
        .isInstanceOf(RlpException.class);
    // a vote byte that is neither add (0xff) nor drop
    assertThatThrownBy(
            () ->
                QbftExtraData.decode(
                    HEX.parseHex(
                        "f83aa0"
                            + "00".repeat(32)
                            + "c0d794"
                            + "00".repeat(19)
                            + "01"
                            + "8101"
                            + "80c0")))
        .isInstanceOf(RlpException.class);
  }

  @Test
  void quorumIsBesusCeilingOfTwoThirds() {
    int[][] table = {{1, 1}, {2, 2}, {3, 2}, {4, 3}, {5, 4}, {6, 4}, {7, 5}, {10, 7}, {21, 14}};
    for (int[] row : table) {
      assertThat(HeaderHashing.quorum(row[0])).as("n=%d", row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void theBlockHashIgnoresRoundAndSealsButTheCommitSealHashBindsTheRound() {
    List<ECKeyPair> keys = SyntheticChain.validatorKeys(4);
    List<Address> validators = keys.stream().map(SyntheticChain::addressOf).toList();
    BlockHeader round2 = SyntheticChain.unsealedHeader(new byte[32], validators, 2);
    BlockHeader round5 = SyntheticChain.unsealedHeader(new byte[32], validators, 5);
    BlockHeader sealed =
        SyntheticChain.sealed(round2, List.of(SyntheticChain.seal(round2, keys.get(0))));
    byte[] hash = HeaderHashing.blockHash(round2, HeaderHashScheme.BESU_QBFT);
    assertThat(HeaderHashing.blockHash(round5, HeaderHashScheme.BESU_QBFT)).isEqualTo(hash);
    assertThat(HeaderHashing.blockHash(sealed, HeaderHashScheme.BESU_QBFT)).isEqualTo(hash);
    assertThat(HeaderHashing.blockHash(sealed, HeaderHashScheme.ETHEREUM)).isNotEqualTo(hash);
    assertThat(HeaderHashing.commitSealHash(round5))
        .isNotEqualTo(HeaderHashing.commitSealHash(round2));
    assertThat(HeaderHashing.commitSealHash(sealed))
        .isEqualTo(HeaderHashing.commitSealHash(round2));
    assertThat(HeaderHashing.committers(sealed)).containsExactly(validators.get(0));
  }

  @Test
  void aBlockSealedByAQuorumOfTheValidatorSetVerifies() {
    List<ECKeyPair> keys = SyntheticChain.validatorKeys(4);
    List<Address> validators = keys.stream().map(SyntheticChain::addressOf).toList();
    EvidencePackage pkg = SyntheticChain.qbftPackage(validators, keys.subList(0, 3));
    assertThat(pkg.hashScheme()).isEqualTo(HeaderHashScheme.BESU_QBFT);
    TrustAnchor anchor =
        TrustAnchor.validators(SyntheticChain.CHAIN_ID, SyntheticChain.REGISTRY, validators);
    Verification v = EvidenceVerifier.of(anchor).verify(pkg, SyntheticChain.CONTENT);
    assertThat(v.verdict()).as(v.reason()).isEqualTo(Verdict.VERIFIED);
    assertThat(v.reason()).contains("sealed by 3 of 4 validators");

    Verification all =
        EvidenceVerifier.of(anchor)
            .verify(SyntheticChain.qbftPackage(validators, keys), SyntheticChain.CONTENT);
    assertThat(all.verdict()).isEqualTo(Verdict.VERIFIED);
    assertThat(EvidenceVerifier.of(anchor).verify(pkg, "another file".getBytes()).verdict())
        .isEqualTo(Verdict.MISMATCH);
    assertThat(
            EvidenceVerifier.of(
                    TrustAnchor.blockHashes(
                        SyntheticChain.CHAIN_ID, SyntheticChain.REGISTRY, List.of(pkg.blockHash())))
                .verify(pkg, SyntheticChain.CONTENT)
                .verdict())
        .as("a QBFT block also verifies against its block hash")
        .isEqualTo(Verdict.VERIFIED);
  }

  @Test
  void sealsShortOfAQuorumOrFromOutsideTheSetDoNotVerify() {
    List<ECKeyPair> keys = SyntheticChain.validatorKeys(5);
    List<Address> four = keys.subList(0, 4).stream().map(SyntheticChain::addressOf).toList();
    EvidenceVerifier verifier =
        EvidenceVerifier.of(
            TrustAnchor.validators(SyntheticChain.CHAIN_ID, SyntheticChain.REGISTRY, four));

    Verification two =
        verifier.verify(
            SyntheticChain.qbftPackage(four, keys.subList(0, 2)), SyntheticChain.CONTENT);
    assertThat(two.verdict()).isEqualTo(Verdict.INVALID_PROOF);
    assertThat(two.reason()).contains("2 of 4 validators; a quorum is 3");

    List<ECKeyPair> withOutsider = List.of(keys.get(0), keys.get(1), keys.get(4));
    Verification outsider =
        verifier.verify(SyntheticChain.qbftPackage(four, withOutsider), SyntheticChain.CONTENT);
    assertThat(outsider.verdict()).isEqualTo(Verdict.INVALID_PROOF);
    assertThat(outsider.reason()).contains("not in the anchor's validator set");

    List<ECKeyPair> twice = List.of(keys.get(0), keys.get(1), keys.get(1));
    Verification duplicate =
        verifier.verify(SyntheticChain.qbftPackage(four, twice), SyntheticChain.CONTENT);
    assertThat(duplicate.verdict()).isEqualTo(Verdict.INVALID_PROOF);
    assertThat(duplicate.reason()).contains("two commit seals");

    EvidencePackage none = SyntheticChain.qbftPackage(four, List.of());
    assertThat(verifier.verify(none, SyntheticChain.CONTENT).verdict())
        .isEqualTo(Verdict.INVALID_PROOF);
  }

  @Test
  void sealsDoNotSurviveAChangedRoundNorAForgedSignature() {
    List<ECKeyPair> keys = SyntheticChain.validatorKeys(4);
    List<Address> validators = keys.stream().map(SyntheticChain::addressOf).toList();
    EvidencePackage pkg = SyntheticChain.qbftPackage(validators, keys.subList(0, 3));
    EvidenceVerifier byValidators =
        EvidenceVerifier.of(
            TrustAnchor.validators(SyntheticChain.CHAIN_ID, SyntheticChain.REGISTRY, validators));
    QbftExtraData e = HeaderHashing.qbft(pkg.contents().header());

    EvidencePackage otherRound =
        PackageJson.with(
            pkg,
            "/block/header/extraData",
            v ->
                new com.fasterxml.jackson.databind.node.TextNode(
                    "0x"
                        + HEX.formatHex(
                            new QbftExtraData(e.vanity(), e.validators(), e.vote(), 7, e.seals())
                                .encode())));
    assertThat(otherRound.blockHash()).isEqualTo(pkg.blockHash());
    Verification v = byValidators.verify(otherRound, SyntheticChain.CONTENT);
    assertThat(v.verdict()).as(v.reason()).isEqualTo(Verdict.INVALID_PROOF);

    List<byte[]> forged = new ArrayList<>(e.seals());
    byte[] bad = forged.get(0).clone();
    bad[64] = 7; // no such recovery id
    forged.set(0, bad);
    EvidencePackage forgedSeal =
        PackageJson.with(
            pkg,
            "/block/header/extraData",
            x ->
                new com.fasterxml.jackson.databind.node.TextNode(
                    "0x"
                        + HEX.formatHex(
                            new QbftExtraData(
                                    e.vanity(), e.validators(), e.vote(), e.round(), forged)
                                .encode())));
    Verification f = byValidators.verify(forgedSeal, SyntheticChain.CONTENT);
    assertThat(f.verdict()).isEqualTo(Verdict.INVALID_PROOF);
    assertThat(f.reason()).contains("not a valid signature");
  }

  @Test
  void anEthereumHeaderHasNoSealsForAValidatorAnchor() throws Exception {
    EvidencePackage anvil = Fixtures.deposit();
    Verification v =
        EvidenceVerifier.of(
                TrustAnchor.validators(
                    anvil.chainId(),
                    anvil.registry(),
                    List.of(Address.fromHex("0x" + "11".repeat(20)))))
            .verify(anvil, Fixtures.depositContent());
    assertThat(v.verdict()).isEqualTo(Verdict.INVALID_PROOF);
    assertThat(v.reason()).contains("not a QBFT header");
  }
}
