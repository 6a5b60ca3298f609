package cn.yunxi.sdk.internal.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * The extraData of a Besu QBFT block header: {@code rlp([vanity, [validator…], vote, round,
 * [seal…]])}, where vote is {@code []} or {@code [recipient, 0xff (add) | "" (drop)]}, round a
 * canonical integer and each commit seal a 65-byte secp256k1 signature {@code r ‖ s ‖ recId}.
 *
 * <p>Besu hashes a QBFT header with its extraData re-encoded: the block hash with round 0 and no
 * seals (so that it does not change with the round or the seals collected), the hash validators
 * sign as their commit seal with the round and no seals. This class decodes strictly — exactly
 * these five items — and re-encodes both forms.
 */
public record QbftExtraData(
    byte[] vanity, List<byte[]> validators, Vote vote, long round, List<byte[]> seals) {
  /** Besu writes 0xff for a vote to add, an empty string for a vote to drop. */
  private static final byte ADD = (byte) 0xff;

  /** A validator vote carried by the proposer: add or drop {@code recipient}. */
  public record Vote(byte[] recipient, boolean add) {}

  public QbftExtraData {
    validators = List.copyOf(validators);
    seals = List.copyOf(seals);
    if (round < 0 || round > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("round out of range: " + round);
    }
  }

  /**
   * Decodes a header's extraData.
   *
   * @throws RlpException if it is not QBFT extra data
   */
  public static QbftExtraData decode(byte[] extraData) {
    List<Rlp.Item> items = Rlp.decode(extraData).items(5, "QBFT extraData");
    byte[] vanity = items.get(0).bytes();
    List<byte[]> validators = new ArrayList<>();
    for (Rlp.Item v : items.get(1).items()) {
      validators.add(v.bytes(20, "QBFT validator"));
    }
    Vote vote = null;
    List<Rlp.Item> voteItems = items.get(2).items();
    if (!voteItems.isEmpty()) {
      if (voteItems.size() != 2) {
        throw new RlpException("QBFT vote: 2 items expected, found " + voteItems.size());
      }
      byte[] recipient = voteItems.get(0).bytes(20, "QBFT vote recipient");
      byte[] type = voteItems.get(1).bytes();
      boolean add;
      if (type.length == 0 || (type.length == 1 && type[0] == 0)) {
        add = false; // Besu reads a zero byte as a drop too, and writes a drop as ""
      } else if (type.length == 1 && type[0] == ADD) {
        add = true;
      } else {
        throw new RlpException("QBFT vote: neither add (0xff) nor drop");
      }
      vote = new Vote(recipient, add);
    }
    java.math.BigInteger round = items.get(3).uint("QBFT round");
    if (round.bitLength() > 31) {
      throw new RlpException("QBFT round wider than 31 bits");
    }
    List<byte[]> seals = new ArrayList<>();
    for (Rlp.Item s : items.get(4).items()) {
      seals.add(s.bytes(65, "QBFT commit seal"));
    }
    return new QbftExtraData(vanity, validators, vote, round.longValue(), seals);
  }

  /** The full extraData: what the header carries. */
  public byte[] encode() {
    return encode(round, seals);
  }

  /** The extraData whose header hash the validators sign: the round, no seals. */
  public byte[] encodeForCommitSeal() {
    return encode(round, List.of());
  }

  /** The extraData of the header that is hashed into the block hash: round 0, no seals. */
  public byte[] encodeForBlockHash() {
    return encode(0, List.of());
  }

  private byte[] encode(long round, List<byte[]> seals) {
    List<byte[]> validatorItems = new ArrayList<>();
    for (byte[] v : validators) {
      validatorItems.add(Rlp.string(v));
    }
    byte[] voteItem =
        vote == null
            ? Rlp.list()
            : Rlp.list(
                Rlp.string(vote.recipient()),
                Rlp.string(vote.add() ? new byte[] {ADD} : new byte[0]));
    List<byte[]> sealItems = new ArrayList<>();
    for (byte[] s : seals) {
      sealItems.add(Rlp.string(s));
    }
    return Rlp.list(
        Rlp.string(vanity),
        Rlp.list(validatorItems),
        voteItem,
        Rlp.uint(round),
        Rlp.list(sealItems));
  }
}
