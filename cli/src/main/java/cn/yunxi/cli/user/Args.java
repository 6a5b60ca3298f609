package cn.yunxi.cli.user;

import cn.yunxi.cli.CliException;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataCategory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The argument types of the user commands and their picocli converters: a malformed value is a
 * usage error (exit 2) that says what was expected.
 */
public final class Args {
  /** Case numbers, dates and deadlines are Ningbo's. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Pattern HEX32 = Pattern.compile("0[xX][0-9a-fA-F]{64}");

  private Args() {}

  /** A 32-byte id (request, letter, evidence): {@code 0x} and 64 hex digits. */
  public static final class Id implements ITypeConverter<Bytes32> {
    @Override
    public Bytes32 convert(String value) {
      if (!HEX32.matcher(value).matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not an id: expected 0x and 64 hex digits");
      }
      return Bytes32.fromHex(value);
    }
  }

  /**
   * A case: its number as written on the case file (e.g. {@code 甬江北综执立字〔2026〕第0001号}, whose
   * keccak-256 is the id) or the id itself.
   *
   * @param id the on-chain id
   * @param number the case number, or null when the id was given
   */
  public record CaseRef(Bytes32 id, String number) {
    /** The number with the id, or the id alone. */
    public String describe() {
      return number != null ? number + " (" + id + ")" : id.toString();
    }
  }

  /** Converts a case number or id. */
  public static final class Case implements ITypeConverter<CaseRef> {
    @Override
    public CaseRef convert(String value) {
      if (value.startsWith("0x") || value.startsWith("0X")) {
        if (!HEX32.matcher(value).matches()) {
          throw new TypeConversionException(
              "'" + value + "' is not a case id (0x and 64 hex digits) nor a case number");
        }
        return new CaseRef(Bytes32.fromHex(value), null);
      }
      if (value.isBlank()) {
        throw new TypeConversionException("the case number is empty");
      }
      return new CaseRef(CaseOperations.caseIdOf(value.strip()), value.strip());
    }
  }

  /** A department code such as {@code JB-JJDD}. */
  public static final class Department implements ITypeConverter<String> {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    @Override
    public String convert(String value) {
      if (!CODE.matcher(value).matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not a department code (such as JB-JJDD)");
      }
      return value;
    }
  }

  /**
   * A document that goes on chain as its SHA-256: {@code 0x} and 64 hex digits (the hash itself),
   * {@code @FILE} (the file's SHA-256) or text (the SHA-256 of its UTF-8 bytes).
   */
  public record Document(String text) {
    /** The hash; reads the file of an {@code @FILE} document. */
    public Bytes32 hash() {
      if (HEX32.matcher(text).matches()) {
        return Bytes32.fromHex(text);
      }
      if (text.startsWith("@")) {
        return sha256(Path.of(text.substring(1)));
      }
      return sha256(text);
    }
  }

  /** Converts a document. */
  public static final class Doc implements ITypeConverter<Document> {
    @Override
    public Document convert(String value) {
      if ((value.startsWith("0x") || value.startsWith("0X")) && !HEX32.matcher(value).matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not a hash (0x and 64 hex digits); write @FILE or plain text");
      }
      if (value.isBlank() || value.equals("@")) {
        throw new TypeConversionException("empty document: give 0xHASH, @FILE or text");
      }
      return new Document(value);
    }
  }

  /**
   * A moment: relative to now ({@code 15d}, {@code 12h}, {@code 30m}, {@code 90s}, {@code 2w}) or
   * absolute ({@code 2026-12-31}, end of that day in Ningbo; or an ISO instant).
   */
  public record Moment(Duration after, Instant at) {
    /** The moment, counting a relative one from {@code now}. */
    public Instant from(Instant now) {
      return at != null ? at : now.plus(after);
    }

    @Override
    public String toString() {
      return at != null ? at.toString() : after.toString();
    }
  }

  /** Converts a moment. */
  public static final class When implements ITypeConverter<Moment> {
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})([wdhms])");

    @Override
    public Moment convert(String value) {
      Matcher m = RELATIVE.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        Duration d =
            switch (m.group(2)) {
              case "w" -> Duration.ofDays(7 * n);
              case "d" -> Duration.ofDays(n);
              case "h" -> Duration.ofHours(n);
              case "m" -> Duration.ofMinutes(n);
              default -> Duration.ofSeconds(n);
            };
        return new Moment(d, null);
      }
      try {
        return new Moment(
            null,
            LocalDate.parse(value).plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
      } catch (DateTimeParseException notADay) {
        try {
          return new Moment(null, Instant.parse(value));
        } catch (DateTimeParseException e) {
          throw new TypeConversionException(
              "'"
                  + value
                  + "' is not a time: write 15d, 12h, 30m, 2w, 2026-12-31 or an ISO instant");
        }
      }
    }
  }

  /** An amount in yuan ({@code 500}, {@code 500.50}, {@code ¥500}) as fen. */
  public static final class Yuan implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String digits = value.strip().replaceFirst("^[¥￥]", "");
      try {
        BigDecimal yuan = new BigDecimal(digits);
        if (yuan.signum() < 0 || yuan.scale() > 2) {
          throw new NumberFormatException();
        }
        return yuan.movePointRight(2).longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an amount in yuan (e.g. 500 or 200.50)");
      }
    }
  }

  /** Data categories, comma-separated names of {@link DataCategory} (any case), as a mask. */
  public static final class Categories implements ITypeConverter<BigInteger> {
    @Override
    public BigInteger convert(String value) {
      long mask = 0;
      for (String part : value.split(",")) {
        String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
          mask |= DataCategory.valueOf(name).mask();
        } catch (IllegalArgumentException e) {
          throw new TypeConversionException(
              "unknown data category '"
                  + part.strip()
                  + "': use "
                  + Arrays.stream(DataCategory.values())
                      .map(Enum::name)
                      .collect(Collectors.joining(", ")));
        }
      }
      return BigInteger.valueOf(mask);
    }
  }

  /** SHA-256 of text. */
  public static Bytes32 sha256(String text) {
    return Bytes32.of(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** SHA-256 of a file; a missing file is a one-line failure. */
  public static Bytes32 sha256(Path file) {
    MessageDigest md = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (NoSuchFileException e) {
      throw new CliException("no such file: " + file);
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return Bytes32.of(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
