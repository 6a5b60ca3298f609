package cn.yunxi.sdk.index;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 instants as the API writes them, {@code 2026-03-01T08:00:00Z}. Block times are whole
 * seconds between 1970 and 9999, and every event carries one: those are written and read here digit
 * by digit, which is several times quicker than {@link java.time.format.DateTimeFormatter};
 * anything else goes through {@link Instant#toString()} and {@link Instant#parse}, so the text is
 * the same either way.
 */
final class IsoInstants {
  private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;
  private static final int LENGTH = "2026-03-01T08:00:00Z".length();

  private IsoInstants() {}

  static String format(Instant t) {
    long seconds = t.getEpochSecond();
    if (t.getNano() != 0 || seconds < 0 || seconds > LAST_SECOND_OF_9999) {
      return t.toString();
    }
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
    int second = (int) Math.floorMod(seconds, 86_400);
    char[] text = new char[LENGTH];
    digits(text, 0, day.getYear(), 4);
    text[4] = '-';
    digits(text, 5, day.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, day.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, second / 3600, 2);
    text[13] = ':';
    digits(text, 14, second / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, second % 60, 2);
    text[19] = 'Z';
    return new String(text);
  }

  static Instant parse(String text) {
    Instant quick = quickParse(text);
    if (quick != null) {
      return quick;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 instant: " + text, e);
    }
  }

  /** The instant of a {@code yyyy-MM-ddTHH:mm:ssZ} text of a valid time, else null. */
  private static Instant quickParse(String text) {
    if (text.length() != LENGTH
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return null;
    }
    if (second < 0 || second > 59) {
      return null; // a leap second, or not a number: the full parser decides
    }
    try {
      long days = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second);
    } catch (DateTimeException invalidDate) {
      return null;
    }
  }

  /** The decimal number in {@code text[from, from + count)}, or -1 if it is not all digits. */
  private static int number(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void digits(char[] text, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
