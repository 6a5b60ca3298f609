package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.proof.HeaderHashScheme;
import java.util.ArrayList;
import java.util.List;

/** Block hashes under each {@link HeaderHashScheme}, and the QBFT commit-seal hash and signers. */
public final class HeaderHashing {
  private HeaderHashing() {}

  /**
   * The hash the chain knows the block by.
   *
   * @throws ProofException if a QBFT header's extraData is not QBFT extra data
   */
  public static byte[] blockHash(BlockHeader header, HeaderHashScheme scheme) {
    if (scheme == HeaderHashScheme.ETHEREUM || header.number() == 0) {
      // Besu hashes a BFT genesis header as it is: it has no seals to leave out.
      return header.keccakHash();
    }
    return header.withExtraData(qbft(header).encodeForBlockHash()).keccakHash();
  }

  /** The hash each validator signs as its commit seal: the header with the round, no seals. */
  public static byte[] commitSealHash(BlockHeader header) {
    return header.withExtraData(qbft(header).encodeForCommitSeal()).keccakHash();
  }

  /**
   * The accounts that signed the header's commit seals, in seal order.
   *
   * @throws ProofException if a seal is not a valid signature of the commit-seal hash
   */
  public static List<Address> committers(BlockHeader header) {
    QbftExtraData extra = qbft(header);
    byte[] hash = header.withExtraData(extra.encodeForCommitSeal()).keccakHash();
    List<Address> out = new ArrayList<>();
    for (int i = 0; i < extra.seals().size(); i++) {
      Address signer = Secp256k1.recover(hash, extra.seals().get(i));
      if (signer == null) {
        throw new ProofException("commit seal " + i + " is not a valid signature");
      }
      out.add(signer);
    }
    return out;
  }

  /** The decoded QBFT extraData of a header. */
  public static QbftExtraData qbft(BlockHeader header) {
    try {
      return QbftExtraData.decode(header.extraData());
    } catch (RlpException e) {
      throw new ProofException("the header's extraData is not QBFT extra data: " + e.getMessage());
    }
  }

  /** Besu's quorum: ceil(2n/3) of n validators must seal a block. */
  public static int quorum(int validators) {
    return (2 * validators + 2) / 3;
  }
}
