package cn.yunxi.network.internal;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;

/** Account addresses as this module keeps them: {@code 0x} and 40 lower-case hex digits. */
public final class Addresses {
  private static final Pattern FORM = Pattern.compile("0x[0-9a-fA-F]{40}");

  private Addresses() {}

  /**
   * {@code address} in canonical form.
   *
   * @throws IllegalArgumentException if it is not {@code 0x} + 40 hex digits, or is mixed-case with
   *     a wrong EIP-55 checksum (a mistyped address)
   */
  public static String normalize(String address) {
    if (address == null || !FORM.matcher(address).matches()) {
      throw new IllegalArgumentException(
          "'" + address + "' is not an address: write 0x and 40 hex digits");
    }
    String digits = address.substring(2);
    boolean mixedCase =
        !digits.equals(digits.toLowerCase(Locale.ROOT))
            && !digits.equals(digits.toUpperCase(Locale.ROOT));
    if (mixedCase && !Keys.toChecksumAddress(address).equals(address)) {
      throw new IllegalArgumentException(
          "'"
              + address
              + "' fails its EIP-55 checksum (mistyped?): the checksummed form is "
              + Keys.toChecksumAddress(address));
    }
    return "0x" + digits.toLowerCase(Locale.ROOT);
  }

  /** The 20 bytes of an address in canonical form. */
  public static byte[] toBytes(String address) {
    return HexFormat.of().parseHex(normalize(address).substring(2));
  }
}
