package cn.yunxi.network;

import cn.yunxi.network.internal.Addresses;
import cn.yunxi.network.internal.Rlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code extraData} of a QBFT block header, as Besu encodes it ({@code QbftExtraDataCodec}):
 *
 * <pre>
 * RLP([vanity: 32 bytes,
 *      validators: [address (20 bytes), …],
 *      vote: [] or [recipient (20 bytes), 0xff (add) | empty (drop)],
 *      round: scalar (0 is the empty string),
 *      seals: [signature (65 bytes), …]])
 * </pre>
 *
 * In a genesis block the vanity is 32 zero bytes, there is no vote, the round is 0 and there are no
 * seals, so a genesis {@code extraData} ends in {@code c0 80 c0}. Besu rejects a header whose
 * validators are not in ascending order, so {@link #genesis} sorts them.
 */
public final class QbftExtraData {
  /** Bytes of vanity data before the validators. */
  public static final int VANITY_LENGTH = 32;

  /** Bytes of one commit seal: an ECDSA signature r ‖ s ‖ v. */
  public static final int SEAL_LENGTH = 65;

  private static final HexFormat HEX = HexFormat.of();
  private static final byte ADD = (byte) 0xff;

  private final byte[] vanity;
  private final List<String> validators;
  private final Optional<Vote> vote;
  private final int round;
  private final List<byte[]> seals;

  /**
   * A validator vote carried by a block.
   *
   * @param recipient the address voted on ({@code 0x}, lower case)
   * @param add true to add it to the validators, false to drop it
   */
  public record Vote(String recipient, boolean add) {
    public Vote {
      recipient = Addresses.normalize(recipient);
    }
  }

  private QbftExtraData(
      byte[] vanity, List<String> validators, Optional<Vote> vote, int round, List<byte[]> seals) {
    if (vanity.length != VANITY_LENGTH) {
      throw new IllegalArgumentException(
          "vanity must be " + VANITY_LENGTH + " bytes, got " + vanity.length);
    }
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative: " + round);
    }
    for (byte[] seal : seals) {
      if (seal.length != SEAL_LENGTH) {
        throw new IllegalArgumentException(
            "a commit seal is " + SEAL_LENGTH + " bytes, got " + seal.length);
      }
    }
    this.vanity = vanity.clone();
    this.validators = validators.stream().map(Addresses::normalize).toList();
    this.vote = Objects.requireNonNull(vote, "vote");
    this.round = round;
    this.seals = seals.stream().map(byte[]::clone).toList();
  }

  /**
   * The genesis {@code extraData} for {@code validators}: zero vanity, the validators in ascending
   * order, no vote, round 0, no seals.
   *
   * @throws IllegalArgumentException if an address is malformed or listed twice, or none is given
   */
  public static QbftExtraData genesis(Collection<String> validators) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String v : validators) {
      if (!sorted.add(Addresses.normalize(v))) {
        throw new IllegalArgumentException("validator listed twice: " + v);
      }
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a QBFT genesis needs at least one validator");
    }
    return new QbftExtraData(
        new byte[VANITY_LENGTH], new ArrayList<>(sorted), Optional.empty(), 0, List.of());
  }

  /** Any {@code extraData}, fields taken as given (validators in the order passed). */
  public static QbftExtraData of(
      byte[] vanity, List<String> validators, Optional<Vote> vote, int round, List<byte[]> seals) {
    return new QbftExtraData(vanity, validators, vote, round, seals);
  }

  /**
   * Decodes a header's {@code extraData}.
   *
   * @throws IllegalArgumentException if it is not canonical RLP of the layout above
   */
  public static QbftExtraData decode(byte[] extraData) {
    if (!(Rlp.decode(extraData) instanceof Rlp.ItemList root)) {
      throw new IllegalArgumentException("QBFT extraData must be an RLP list");
    }
    List<Rlp.Item> fields = root.items();
    if (fields.size() != 5) {
      throw new IllegalArgumentException(
          "QBFT extraData has 5 fields (vanity, validators, vote, round, seals), got "
              + fields.size());
    }
    byte[] vanity = bytes(fields.get(0), "vanity");
    List<String> validators = new ArrayList<>();
    for (Rlp.Item item : list(fields.get(1), "validators")) {
      validators.add(address(item, "validator"));
    }
    Optional<Vote> vote = decodeVote(list(fields.get(2), "vote"));
    if (!(fields.get(3) instanceof Rlp.Bytes roundItem)) {
      throw new IllegalArgumentException("QBFT round must be a scalar, got a list");
    }
    int round = (int) Rlp.toScalar(roundItem, 4);
    List<byte[]> seals = new ArrayList<>();
    for (Rlp.Item item : list(fields.get(4), "seals")) {
      seals.add(bytes(item, "seal"));
    }
    return new QbftExtraData(vanity, validators, vote, round, seals);
  }

  /** Decodes a {@code 0x}-prefixed (or bare) hex {@code extraData}. */
  public static QbftExtraData decode(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    return decode(HEX.parseHex(digits));
  }

  private static Optional<Vote> decodeVote(List<Rlp.Item> vote) {
    if (vote.isEmpty()) {
      return Optional.empty();
    }
    if (vote.size() != 2) {
      throw new IllegalArgumentException("a QBFT vote is [recipient, type], got " + vote.size());
    }
    String recipient = address(vote.get(0), "vote recipient");
    byte[] type = bytes(vote.get(1), "vote type");
    if (type.length == 0) {
      return Optional.of(new Vote(recipient, false));
    }
    if (type.length == 1 && type[0] == ADD) {
      return Optional.of(new Vote(recipient, true));
    }
    throw new IllegalArgumentException("a QBFT vote type is 0xff (add) or empty (drop)");
  }

  private static byte[] bytes(Rlp.Item item, String what) {
    if (item instanceof Rlp.Bytes b) {
      return b.value();
    }
    throw new IllegalArgumentException("QBFT " + what + " must be a byte string, got a list");
  }

  private static List<Rlp.Item> list(Rlp.Item item, String what) {
    if (item instanceof Rlp.ItemList l) {
      return l.items();
    }
    throw new IllegalArgumentException("QBFT " + what + " must be a list, got a byte string");
  }

  private static String address(Rlp.Item item, String what) {
    byte[] raw = bytes(item, what);
    if (raw.length != 20) {
      throw new IllegalArgumentException(
          "a QBFT " + what + " is a 20-byte address, got " + raw.length + " bytes");
    }
    return "0x" + HEX.formatHex(raw);
  }

  /** The RLP encoding, as it goes into the header. */
  public byte[] encode() {
    List<Rlp.Item> fields = new ArrayList<>();
    fields.add(Rlp.bytes(vanity));
    fields.add(Rlp.list(validators.stream().map(a -> Rlp.bytes(Addresses.toBytes(a))).toList()));
    fields.add(
        vote.map(
                v ->
                    Rlp.list(
                        List.of(
                            Rlp.bytes(Addresses.toBytes(v.recipient())),
                            Rlp.bytes(v.add() ? new byte[] {ADD} : new byte[0]))))
            .orElseGet(() -> Rlp.list(List.of())));
    fields.add(Rlp.scalar(round));
    fields.add(Rlp.list(seals.stream().map(Rlp::bytes).toList()));
    return Rlp.encode(Rlp.list(fields));
  }

  /** {@link #encode()} as {@code 0x}-prefixed lower-case hex, the genesis file's form. */
  public String toHex() {
    return "0x" + HEX.formatHex(encode());
  }

  public byte[] vanity() {
    return vanity.clone();
  }

  /** The validators ({@code 0x}, lower case), in encoded order. */
  public List<String> validators() {
    return validators;
  }

  public Optional<Vote> vote() {
    return vote;
  }

  public int round() {
    return round;
  }

  /** The commit seals (copies), 65 bytes each. */
  public List<byte[]> seals() {
    return seals.stream().map(byte[]::clone).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QbftExtraData other && Arrays.equals(encode(), other.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return "QbftExtraData[validators="
        + validators
        + ", vote="
        + vote
        + ", round="
        + round
        + ", seals="
        + seals.size()
        + "]";
  }
}
