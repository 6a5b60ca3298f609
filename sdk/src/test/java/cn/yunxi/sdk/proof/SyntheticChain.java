package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.internal.proof.BlockHeader;
import cn.yunxi.sdk.internal.proof.HeaderHashing;
import cn.yunxi.sdk.internal.proof.PackageCodec;
import cn.yunxi.sdk.internal.proof.PackageContents;
import cn.yunxi.sdk.internal.proof.PatriciaTrie;
import cn.yunxi.sdk.internal.proof.QbftExtraData;
import cn.yunxi.sdk.internal.proof.RegistryEvents;
import cn.yunxi.sdk.internal.proof.Rlp;
import cn.yunxi.sdk.internal.proof.TypedReceipt;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Builds evidence packages of a Besu-QBFT-shaped chain that exists only in the test: a deposit
 * receipt among others, the receipts trie, a London header with QBFT extraData, and commit seals
 * signed with generated validator keys.
 */
final class SyntheticChain {
  static final long CHAIN_ID = 1337;
  static final Address REGISTRY = Address.fromHex("0x5fbdb2315678afecb367f032d93f642f64180aa3");
  static final byte[] CONTENT = "一份只在测试里存在的证据".getBytes(StandardCharsets.UTF_8);
  static final byte[] BFT_MIX_HASH =
      HexFormat.of().parseHex("63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365");

  /** Validator keys from the private keys 1, 2, 3, … (as Besu's own BFT hashing test does). */
  static List<ECKeyPair> validatorKeys(int n) {
    List<ECKeyPair> keys = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      keys.add(ECKeyPair.create(BigInteger.valueOf(i)));
    }
    return keys;
  }

  static Address addressOf(ECKeyPair key) {
    return Address.fromHex(Keys.getAddress(key.getPublicKey()));
  }

  static EvidenceRecord record() {
    var d = cn.yunxi.sdk.crypto.ContentDigests.of(CONTENT);
    return new EvidenceRecord(
        Bytes32.of(Hash.sha3("case".getBytes(StandardCharsets.UTF_8))),
        d.sha256(),
        d.sm3(),
        4,
        Bytes32.of(Hash.sha3("blob".getBytes(StandardCharsets.UTF_8))),
        Bytes32.of(Hash.sha3("meta".getBytes(StandardCharsets.UTF_8))),
        Address.fromHex("0x00000000000000000000000000000000000000aa"),
        Instant.ofEpochSecond(1_795_000_000L),
        Bytes32.ZERO);
  }

  /** The header with the QBFT extraData of {@code validators}, round {@code round}, no seals. */
  static BlockHeader unsealedHeader(byte[] receiptsRoot, List<Address> validators, int round) {
    List<byte[]> vs = validators.stream().map(Address::toByteArray).toList();
    byte[] extra = new QbftExtraData(new byte[32], vs, null, round, List.of()).encode();
    Map<BlockHeader.Field, byte[]> f = new EnumMap<>(BlockHeader.Field.class);
    f.put(BlockHeader.Field.PARENT_HASH, Hash.sha3("parent".getBytes(StandardCharsets.UTF_8)));
    f.put(
        BlockHeader.Field.OMMERS_HASH,
        HexFormat.of()
            .parseHex("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"));
    f.put(BlockHeader.Field.MINER, validators.get(0).toByteArray());
    f.put(BlockHeader.Field.STATE_ROOT, Hash.sha3("state".getBytes(StandardCharsets.UTF_8)));
    f.put(BlockHeader.Field.TRANSACTIONS_ROOT, Hash.sha3("txs".getBytes(StandardCharsets.UTF_8)));
    f.put(BlockHeader.Field.RECEIPTS_ROOT, receiptsRoot);
    f.put(BlockHeader.Field.LOGS_BLOOM, new byte[256]);
    f.put(BlockHeader.Field.DIFFICULTY, new byte[] {1});
    f.put(BlockHeader.Field.NUMBER, Rlp.minimalBytes(BigInteger.valueOf(4242)));
    f.put(BlockHeader.Field.GAS_LIMIT, Rlp.minimalBytes(BigInteger.valueOf(30_000_000)));
    f.put(BlockHeader.Field.GAS_USED, Rlp.minimalBytes(BigInteger.valueOf(250_000)));
    f.put(BlockHeader.Field.TIMESTAMP, Rlp.minimalBytes(BigInteger.valueOf(1_795_000_000L)));
    f.put(BlockHeader.Field.EXTRA_DATA, extra);
    f.put(BlockHeader.Field.MIX_HASH, BFT_MIX_HASH);
    f.put(BlockHeader.Field.NONCE, new byte[8]);
    f.put(BlockHeader.Field.BASE_FEE_PER_GAS, new byte[0]);
    return BlockHeader.of(f);
  }

  /** A seal: {@code r ‖ s ‖ recId} over the header's commit-seal hash. */
  static byte[] seal(BlockHeader unsealed, ECKeyPair key) {
    Sign.SignatureData s = Sign.signMessage(HeaderHashing.commitSealHash(unsealed), key, false);
    byte[] out = new byte[65];
    System.arraycopy(s.getR(), 0, out, 0, 32);
    System.arraycopy(s.getS(), 0, out, 32, 32);
    out[64] = (byte) (s.getV()[0] - 27);
    return out;
  }

  /** The header with these seals added to its extraData. */
  static BlockHeader sealed(BlockHeader unsealed, List<byte[]> seals) {
    QbftExtraData e = HeaderHashing.qbft(unsealed);
    return unsealed.withExtraData(
        new QbftExtraData(e.vanity(), e.validators(), e.vote(), e.round(), seals).encode());
  }

  /** A package for {@link #record()} in a QBFT block sealed by {@code sealers}. */
  static EvidencePackage qbftPackage(List<Address> validators, List<ECKeyPair> sealers) {
    EvidenceRecord record = record();
    List<byte[]> receipts = new ArrayList<>();
    receipts.add(receipt(List.of()));
    receipts.add(receipt(List.of(RegistryEvents.deposited(REGISTRY, record))));
    receipts.add(receipt(List.of()));
    PatriciaTrie trie = PatriciaTrie.ofIndexed(receipts);
    BlockHeader unsealed = unsealedHeader(trie.rootHash(), validators, 2);
    List<byte[]> seals = new ArrayList<>();
    for (ECKeyPair k : sealers) {
      seals.add(seal(unsealed, k));
    }
    BlockHeader header = sealed(unsealed, seals);
    return build(record, receipts, trie, header, HeaderHashScheme.BESU_QBFT);
  }

  static EvidencePackage build(
      EvidenceRecord record,
      List<byte[]> receipts,
      PatriciaTrie trie,
      BlockHeader header,
      HeaderHashScheme scheme) {
    PackageContents contents =
        new PackageContents(
            CHAIN_ID,
            REGISTRY,
            new PackagedItem.Deposit(record),
            1,
            0,
            receipts.get(1),
            trie.proof(Rlp.uint(1)),
            scheme,
            Bytes32.of(HeaderHashing.blockHash(header, scheme)),
            header);
    return EvidencePackage.parse(PackageCodec.write(contents));
  }

  static byte[] receipt(List<cn.yunxi.sdk.internal.proof.ReceiptLog> logs) {
    return new TypedReceipt(2, new byte[] {1}, BigInteger.valueOf(100_000), new byte[256], logs)
        .encode();
  }

  private SyntheticChain() {}
}
