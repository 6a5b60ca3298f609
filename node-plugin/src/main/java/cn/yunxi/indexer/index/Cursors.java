package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.Keys;
import java.util.Arrays;
import java.util.Base64;

/**
 * Page cursors: base64url (no padding) of {@code version:uint8 ‖ column:uint8 ‖ lastKey}, the key
 * of the last item returned. Opaque to clients, and checked on the way back in: a cursor must be
 * well-formed, for the column of the query, and its key inside the query's own range — so a cursor
 * of another list, another department or another status is refused, never silently misread.
 */
final class Cursors {
  private static final int VERSION = 1;
  private static final int MAX_LENGTH = 512;

  private Cursors() {}

  static String encode(IndexColumn column, byte[] lastKey) {
    byte[] raw = new byte[lastKey.length + 2];
    raw[0] = (byte) VERSION;
    raw[1] = (byte) column.id();
    System.arraycopy(lastKey, 0, raw, 2, lastKey.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  /**
   * The last key a cursor names.
   *
   * @throws IllegalArgumentException if the cursor is malformed or not one of this query's
   */
  static byte[] decode(String cursor, IndexColumn column, byte[] from, byte[] to) {
    if (cursor.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("invalid cursor: longer than " + MAX_LENGTH);
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid cursor: not base64url");
    }
    if (raw.length < 2 || raw[0] != VERSION) {
      throw new IllegalArgumentException("invalid cursor: unknown format");
    }
    if ((raw[1] & 0xFF) != column.id()) {
      throw new IllegalArgumentException("invalid cursor: it belongs to another list");
    }
    byte[] key = Arrays.copyOfRange(raw, 2, raw.length);
    if (key.length != column.keyLength()) {
      throw new IllegalArgumentException("invalid cursor: malformed position");
    }
    if (Keys.compare(key, from) < 0 || Keys.compare(key, to) >= 0) {
      throw new IllegalArgumentException("invalid cursor: it belongs to another query");
    }
    return key;
  }
}
