package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.events.LetterEvent;
import cn.yunxi.sdk.events.LetterIssued;
import cn.yunxi.sdk.events.LetterRevoked;

/** Letter events → {@link IndexColumn#LETTERS} and the lists by holder and by target. */
final class LetterProjection {
  private static final byte[] EMPTY = new byte[0];

  private LetterProjection() {}

  static void apply(EventContext ctx, LetterEvent event) {
    LetterState letter;
    if (event instanceof LetterIssued e) {
      letter =
          new LetterState(
              e.letterId(),
              e.caseId(),
              e.holder(),
              e.issuerDepartment(),
              e.issuer(),
              e.targetDepartment(),
              e.requestId(),
              e.categories(),
              e.purposeHash(),
              e.validFrom(),
              e.validUntil(),
              e.nonce(),
              e.timestamp(),
              null,
              null,
              null);
      ctx.batch.put(
          IndexColumn.LETTERS_BY_HOLDER,
          KeyWriter.key().address(e.holder()).time(e.timestamp()).bytes32(e.letterId()).build(),
          EMPTY);
      ctx.batch.put(
          IndexColumn.LETTERS_BY_TARGET,
          KeyWriter.key()
              .bytes32(e.targetDepartment())
              .time(e.timestamp())
              .bytes32(e.letterId())
              .build(),
          EMPTY);
    } else {
      LetterRevoked e = (LetterRevoked) event;
      byte[] stored = ctx.batch.get(IndexColumn.LETTERS, e.letterId().toByteArray());
      if (stored == null) {
        return;
      }
      letter = StateCodec.decodeLetter(stored).revoked(e.timestamp(), e.by(), e.reasonHash());
    }
    ctx.batch.put(IndexColumn.LETTERS, letter.letterId().toByteArray(), StateCodec.encode(letter));
    ctx.caseTimeline(letter.caseId());
    ctx.department(letter.issuerDepartment());
    ctx.department(letter.targetDepartment());
  }
}
