package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.model.BatchLeaf;

/** Stored forms of letters ({@link IndexColumn#LETTERS}) and batch leaves. */
final class StateCodec {
  private static final int VERSION = 1;

  private StateCodec() {}

  static byte[] encode(LetterState l) {
    return KeyWriter.key()
        .uint8(VERSION)
        .bytes32(l.letterId())
        .bytes32(l.caseId())
        .address(l.holder())
        .bytes32(l.issuerDepartment())
        .address(l.issuer())
        .bytes32(l.targetDepartment())
        .bytes32(l.requestId())
        .uint256(l.categories())
        .bytes32(l.purposeHash())
        .time(l.validFrom())
        .time(l.validUntil())
        .uint256(l.nonce())
        .time(l.issuedAt())
        .optionalTime(l.revokedAt())
        .optionalAddress(l.revokedBy())
        .optionalBytes32(l.revocationReasonHash())
        .build();
  }

  static LetterState decodeLetter(byte[] encoded) {
    KeyReader in = KeyReader.of(encoded);
    int version = in.uint8();
    if (version != VERSION) {
      throw new IllegalStateException("stored letter has unknown version " + version);
    }
    LetterState l =
        new LetterState(
            in.bytes32(),
            in.bytes32(),
            in.address(),
            in.bytes32(),
            in.address(),
            in.bytes32(),
            in.bytes32(),
            in.uint256(),
            in.bytes32(),
            in.time(),
            in.time(),
            in.uint256(),
            in.time(),
            in.optionalTime(),
            in.optionalAddress(),
            in.optionalBytes32());
    in.end();
    return l;
  }

  static byte[] encode(BatchLeaf leaf) {
    return KeyWriter.key()
        .bytes32(leaf.caseId())
        .bytes32(leaf.contentSha256())
        .bytes32(leaf.contentSm3())
        .uint8(leaf.kind())
        .bytes32(leaf.blobRef())
        .bytes32(leaf.metadataHash())
        .build();
  }

  static BatchLeaf decodeLeaf(byte[] encoded) {
    KeyReader in = KeyReader.of(encoded);
    BatchLeaf leaf =
        new BatchLeaf(
            in.bytes32(), in.bytes32(), in.bytes32(), in.uint8(), in.bytes32(), in.bytes32());
    in.end();
    return leaf;
  }
}
