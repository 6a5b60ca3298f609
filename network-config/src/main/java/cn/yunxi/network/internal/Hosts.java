package cn.yunxi.network.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * IP address literals, checked without any name lookup ({@link InetAddress#getByName} would resolve
 * a host name, which a configuration check must never do).
 */
public final class Hosts {
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

  private Hosts() {}

  public static boolean isIpLiteral(String host) {
    return IPV4.matcher(host).matches() || isIpv6(host);
  }

  public static boolean isIpv6(String host) {
    // Only hex digits, colons and dots reach getByName, which then parses without a lookup.
    if (!host.contains(":") || !IPV6_CHARS.matcher(host).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(host) instanceof Inet6Address;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** 0.0.0.0 or :: — a bind-all address, not one other nodes can dial. */
  public static boolean isUnspecified(String host) {
    return isIpLiteral(host) && parse(host).isAnyLocalAddress();
  }

  /**
   * The canonical text of an IP literal, so {@code ::1} and {@code 0:0:0:0:0:0:0:1} compare equal.
   */
  public static String normalize(String host) {
    if (!isIpLiteral(host)) {
      return host;
    }
    return parse(host).getHostAddress();
  }

  /** {@code host} as it goes into a URL or enode: IPv6 in brackets. */
  public static String forUrl(String host) {
    return isIpv6(host) ? "[" + host + "]" : host;
  }

  private static InetAddress parse(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP literal: " + literal, e);
    }
  }
}
