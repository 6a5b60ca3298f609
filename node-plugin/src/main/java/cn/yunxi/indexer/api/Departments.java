package cn.yunxi.indexer.api;

import cn.yunxi.sdk.model.Bytes32;
import java.util.regex.Pattern;

/**
 * Department ids as the API accepts them: the 32-byte code as {@code 0x} hex, or its text (e.g.
 * {@code JB-JJDD}), which the contracts store left-aligned and zero-padded in 32 bytes (ASCII, not
 * hashed). Text starting with {@code 0x} is always taken for an id, so a mistyped id is refused
 * rather than read as a code.
 */
public final class Departments {
  private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{64}");
  // Codes are short ASCII names; anything else (spaces, control characters, unicode) is a typo.
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  private Departments() {}

  /**
   * The department named by {@code text}.
   *
   * @throws IllegalArgumentException if it is neither 0x-hex of 32 bytes nor a code of at most 32
   *     letters, digits, dots, dashes and underscores
   */
  public static Bytes32 parse(String text) {
    if (text != null && HEX.matcher(text).matches()) {
      Bytes32 id = Bytes32.fromHex(text);
      if (id.isZero()) {
        throw new IllegalArgumentException("the zero department is no department");
      }
      return id;
    }
    // "0x…" that is not 32 bytes of hex is a mistyped id, not a department code to look up.
    boolean hexPrefix = text != null && (text.startsWith("0x") || text.startsWith("0X"));
    if (text != null && !hexPrefix && CODE.matcher(text).matches()) {
      return Bytes32.fromAscii(text);
    }
    throw new IllegalArgumentException(
        "not a department: expected 0x and 64 hex digits, or a department code such as JB-JJDD");
  }
}
