package cn.yunxi.indexer.api;

import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.indexer.index.RequestSide;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parsing of path and query parameters. Every parameter arrives as text and is checked here, so
 * that a malformed one is a 400 naming the parameter and what was expected — never a conversion
 * failure deeper in, and never a 500.
 */
final class Params {
  /** Page size when the caller gives none. */
  static final int DEFAULT_LIMIT = 50;

  private static final Pattern HEX32 = Pattern.compile("0[xX][0-9a-fA-F]{64}");
  private static final Pattern HEX20 = Pattern.compile("0[xX][0-9a-fA-F]{40}");
  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,12}");
  private static final Instant MIN_TIME = Instant.EPOCH;
  private static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59Z");
  private static final int MAX_CURSOR = 512;
  private static final int MAX_ZONE = 64;
  private static final int MAX_CASE_NUMBER = 256;

  private Params() {}

  /** A 32-byte id: 0x and 64 hex digits. */
  static Bytes32 bytes32(String name, String value) {
    if (value == null || !HEX32.matcher(value).matches()) {
      throw ApiException.badRequest(name + " must be 0x and 64 hex digits");
    }
    return Bytes32.fromHex(value);
  }

  /** A department: 0x-hex id or code text. */
  static Bytes32 department(String value) {
    try {
      return Departments.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("department: " + e.getMessage());
    }
  }

  /** An account address: 0x and 40 hex digits. */
  static Address address(String name, String value) {
    if (value == null || !HEX20.matcher(value).matches()) {
      throw ApiException.badRequest(name + " must be 0x and 40 hex digits");
    }
    return Address.fromHex(value);
  }

  /** A page: an opaque cursor from a previous answer (or none) and a limit (default 50). */
  static PageRequest page(String cursor, String limit) {
    int n = DEFAULT_LIMIT;
    if (limit != null) {
      if (!DIGITS.matcher(limit).matches()) {
        throw ApiException.badRequest("limit must be a number from 1 to " + PageRequest.MAX_LIMIT);
      }
      long value = Long.parseLong(limit);
      if (value < 1 || value > PageRequest.MAX_LIMIT) {
        throw ApiException.badRequest(
            "limit must be from 1 to " + PageRequest.MAX_LIMIT + ", was " + value);
      }
      n = (int) value;
    }
    if (cursor != null && cursor.length() > MAX_CURSOR) {
      throw ApiException.badRequest("invalid cursor: longer than " + MAX_CURSOR);
    }
    // The index checks what a cursor says; refusing what cannot be one at all here makes it a 400
    // even where the route refuses something else first (an unknown case, say).
    if (cursor != null && !cursor.isEmpty() && !CURSOR.matcher(cursor).matches()) {
      throw ApiException.badRequest("invalid cursor: pass back the \"next\" of a previous answer");
    }
    return new PageRequest(cursor, n);
  }

  /**
   * An instant: ISO-8601 ({@code 2026-03-01T00:00:00Z}, with an offset if need be) or epoch
   * seconds; between 1970 and 9999.
   */
  static Instant instant(String name, String value, Instant fallback) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    Instant t;
    if (DIGITS.matcher(value).matches()) {
      t = Instant.ofEpochSecond(Long.parseLong(value));
    } else {
      try {
        t = value.length() > 40 ? null : OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        t = null;
      }
      if (t == null) {
        throw ApiException.badRequest(
            name + " must be an ISO-8601 time such as 2026-03-01T00:00:00Z, or epoch seconds");
      }
    }
    if (t.isBefore(MIN_TIME) || t.isAfter(MAX_TIME)) {
      throw ApiException.badRequest(name + " must be between 1970 and 9999");
    }
    return t;
  }

  /** A time zone (IANA id such as Asia/Shanghai, or an offset such as +08:00); default UTC. */
  static ZoneId zone(String value) {
    if (value == null || value.isEmpty()) {
      return ZoneOffset.UTC;
    }
    if (value.length() > MAX_ZONE) {
      throw ApiException.badRequest("zone: not a time zone");
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw ApiException.badRequest(
          "zone: not a time zone (use an IANA id such as Asia/Shanghai, or an offset such as"
              + " +08:00)");
    }
  }

  /** A request status by name (any case); null when absent, meaning every status. */
  static RequestStatus status(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    for (RequestStatus s : RequestStatus.values()) {
      if (s != RequestStatus.NONE && s.name().equalsIgnoreCase(value)) {
        return s;
      }
    }
    throw ApiException.badRequest(
        "status must be one of "
            + Arrays.stream(RequestStatus.values())
                .filter(s -> s != RequestStatus.NONE)
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  /** Which side of a request: {@code target} (default) or {@code requester}. */
  static RequestSide side(String value) {
    if (value == null || value.isEmpty()) {
      return RequestSide.TARGET;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "target" -> RequestSide.TARGET;
      case "requester" -> RequestSide.REQUESTER;
      default -> throw ApiException.badRequest("side must be target or requester");
    };
  }

  /** An external case number (its keccak-256 is the case id). */
  static String caseNumber(String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("number is required: the case number text");
    }
    if (value.length() > MAX_CASE_NUMBER) {
      throw ApiException.badRequest("number: longer than " + MAX_CASE_NUMBER + " characters");
    }
    return value;
  }

  /** A range {@code [from, to)} with from before to. */
  static void checkRange(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw ApiException.badRequest("from " + from + " is not before to " + to);
    }
  }
}
