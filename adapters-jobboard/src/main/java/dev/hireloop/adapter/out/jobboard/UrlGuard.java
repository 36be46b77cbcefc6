package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.shared.InvalidValueException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a URL may be fetched, before every request and every redirect hop. A refusal is an
 * {@link InvalidValueException} whose code names the reason:
 * {@code url.invalid}, {@code url.not-https}, {@code url.credentials}, {@code url.port-not-allowed},
 * {@code url.host-not-allowed}, {@code url.unresolvable}, {@code url.private-address}.
 *
 * <p>Host names are resolved and refused if ANY address is not public (loopback, private, link-local, CGNAT,
 * unique-local, multicast, unspecified, broadcast, reserved, or an IPv6 form that embeds one of those). Numeric hosts
 * are decoded the way browsers and curl decode them (WHATWG: {@code 2130706433}, {@code 0177.0.0.1},
 * {@code 0x7f.0.0.1}, {@code 127.1}), because the JDK reads some of them differently (it takes {@code 0177.0.0.1} for
 * 177.0.0.1); a public address written in such a notation is refused as {@code url.invalid} rather than guessed.
 */
final class UrlGuard {
  /** Special-use and internal-only name suffixes (RFC 6761, RFC 8375, common intranet conventions). */
  private static final Set<String> INTERNAL_SUFFIXES =
      Set.of("localhost", "local", "internal", "intranet", "lan", "home", "corp", "localdomain",
          "test", "invalid", "onion");
  private static final Pattern NUMERIC_LABEL = Pattern.compile("(0[xX][0-9a-fA-F]*|[0-9]+)");
  private static final Pattern HOST_NAME =
      Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

  /** Name resolution, replaceable in tests (no DNS in the build). */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** Which hosts a request may reach besides the policy's trusted ones. */
  record HostRule(boolean pageHostsOnly, Set<String> trustedOrigins) {
    static HostRule page() {
      return new HostRule(true, Set.of());
    }

    /** An operator-configured API: its own host:port is trusted; a redirect elsewhere is checked in full. */
    static HostRule api(URI base) {
      return new HostRule(false, Set.of(hostPort(normalisedHost(base.getHost()), effectivePort(base))));
    }
  }

  private final FetchPolicy policy;
  private final Resolver resolver;

  UrlGuard(FetchPolicy policy, Resolver resolver) {
    this.policy = policy;
    this.resolver = resolver;
  }

  /** Returns normally when {@code url} may be fetched under {@code rule}; throws the refusal otherwise. */
  void check(URI url, HostRule rule) {
    if (url == null || url.getScheme() == null) {
      throw refuse("url.invalid", "the link is not a valid web address");
    }
    if (!isHttp(url.getScheme())) {
      throw refuse("url.not-https", "only https links can be imported");
    }
    String authority = url.getRawAuthority();
    if (url.isOpaque() || authority == null || authority.isEmpty()) {
      throw refuse("url.invalid", "the link has no host");
    }
    if (authority.contains("@")) {
      throw refuse("url.credentials", "a link must not carry a user name or password");
    }
    String rawHost = hostOf(authority);
    String host = normalisedHost(rawHost);
    int port = portOf(authority, url.getScheme());
    String hostPort = hostPort(host, port);
    if (policy.trustedHosts().contains(hostPort) || rule.trustedOrigins().contains(hostPort)) {
      if (url.getHost() == null) {
        throw refuse("url.invalid", "the link's host is not valid");
      }
      return;
    }
    if (!"https".equalsIgnoreCase(url.getScheme())) {
      throw refuse("url.not-https", "only https links can be imported");
    }
    if (port != 443) {
      throw refuse("url.port-not-allowed", "only the standard https port is allowed");
    }
    if (rawHost.startsWith("[")) {
      checkAddress(ipv6Literal(host));
      checkPageHost(host, rule);
    } else if (looksNumeric(host)) {
      Inet4Address address = decodeIpv4(host);
      checkAddress(address);
      if (!address.getHostAddress().equals(host)) {
        throw refuse("url.invalid", "the link writes an IP address in an unusual notation");
      }
      checkPageHost(host, rule);
    } else {
      checkName(host, rule);
      if (url.getHost() == null) {
        throw refuse("url.invalid", "the link's host is not valid");
      }
      resolveAndCheck(host);
    }
    if (url.getHost() == null) {
      throw refuse("url.invalid", "the link's host is not valid");
    }
  }

  private void checkName(String host, HostRule rule) {
    if (!HOST_NAME.matcher(host).matches() || host.length() > 253) {
      throw refuse("url.invalid", "the link's host is not a valid name");
    }
    String lastLabel = host.substring(host.lastIndexOf('.') + 1);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      throw refuse("url.private-address", "the link points to this machine");
    }
    if (!host.contains(".") || INTERNAL_SUFFIXES.contains(lastLabel) || host.endsWith(".home.arpa")) {
      throw refuse("url.host-not-allowed", "the link's host is not a public internet name");
    }
    checkPageHost(host, rule);
  }

  private void checkPageHost(String host, HostRule rule) {
    if (rule.pageHostsOnly() && !policy.allowsPageHost(host)) {
      throw refuse("url.host-not-allowed", "pages from this host are not allowed by configuration");
    }
  }

  private void resolveAndCheck(String host) {
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException | SecurityException e) {
      throw new InvalidValueException("url.unresolvable", "the link's host name does not resolve", e);
    }
    if (addresses == null || addresses.length == 0) {
      throw refuse("url.unresolvable", "the link's host name does not resolve");
    }
    for (InetAddress address : addresses) {
      checkAddress(address);
    }
  }

  private static void checkAddress(InetAddress address) {
    if (!isPublic(address)) {
      throw refuse("url.private-address", "the link points to a private, local or reserved network address");
    }
  }

  /** Whether an address is an ordinary public unicast address. */
  static boolean isPublic(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicIpv4(b);
    }
    if (!(address instanceof Inet6Address) || b.length != 16) {
      return false;
    }
    if (allZero(b, 0, 12)) {
      // :: , ::1 and IPv4-compatible ::a.b.c.d
      return !allZero(b, 12, 16) && !isOne(b) && isPublicIpv4(slice(b, 12));
    }
    if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return isPublicIpv4(slice(b, 12));                                   // IPv4-mapped ::ffff:a.b.c.d
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return allZero(b, 4, 12) && isPublicIpv4(slice(b, 12));             // NAT64 64:ff9b::/96 (and /48 local)
    }
    if (first == 0x20 && second == 0x02) {
      return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]});            // 6to4 2002::/16
    }
    if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
      return false;                                                       // Teredo 2001::/32 hides its target
    }
    if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
      return false;                                                       // documentation 2001:db8::/32
    }
    if (first == 0x01 && second == 0x00 && allZero(b, 2, 8)) {
      return false;                                                       // discard-only 100::/64
    }
    return (first & 0xfe) != 0xfc                                         // unique-local fc00::/7
        && !(first == 0xfe && (second & 0xc0) == 0x80)                    // link-local fe80::/10
        && !(first == 0xfe && (second & 0xc0) == 0xc0)                    // site-local fec0::/10 (deprecated)
        && first != 0xff                                                  // multicast ff00::/8
        && first != 0x00;                                                 // the rest of ::/8 is reserved
  }

  private static boolean isPublicIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    return a0 != 0                                                        // "this network" 0/8, 0.0.0.0
        && a0 != 10                                                       // private 10/8
        && a0 != 127                                                      // loopback
        && !(a0 == 100 && (a1 & 0xc0) == 64)                              // CGNAT 100.64/10
        && !(a0 == 169 && a1 == 254)                                      // link-local, cloud metadata
        && !(a0 == 172 && (a1 & 0xf0) == 16)                              // private 172.16/12
        && !(a0 == 192 && a1 == 168)                                      // private 192.168/16
        && !(a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))                // IETF 192.0.0/24, TEST-NET-1
        && !(a0 == 192 && a1 == 88 && a2 == 99)                           // 6to4 relay anycast
        && !(a0 == 198 && (a1 & 0xfe) == 18)                              // benchmarking 198.18/15
        && !(a0 == 198 && a1 == 51 && a2 == 100)                          // TEST-NET-2
        && !(a0 == 203 && a1 == 0 && a2 == 113)                           // TEST-NET-3
        && a0 < 224;                                                      // multicast, reserved, broadcast
  }

  private static boolean looksNumeric(String host) {
    // WHATWG: a host whose last label is a number is an IPv4 address (or invalid), never a name
    String[] labels = host.split("\\.", -1);
    return NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches();
  }

  /** Decodes 1 to 4 parts, each decimal, octal (leading 0) or hex (0x), the last part filling the rest. */
  static Inet4Address decodeIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      throw refuse("url.invalid", "the link's host is not a valid address");
    }
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = parseIpv4Part(parts[i]);
    }
    long value = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (numbers[i] > 255) {
        throw refuse("url.invalid", "the link's host is not a valid address");
      }
      value |= numbers[i] << (8 * (3 - i));
    }
    long last = numbers[parts.length - 1];
    if (last >= 1L << (8 * (5 - parts.length))) {
      throw refuse("url.invalid", "the link's host is not a valid address");
    }
    value |= last;
    byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }

  private static long parseIpv4Part(String part) {
    try {
      if (part.isEmpty() || part.length() > 12) {
        throw new NumberFormatException(part);
      }
      if (part.startsWith("0x") || part.startsWith("0X")) {
        return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return Long.parseLong(part.substring(1), 8);
      }
      return Long.parseLong(part, 10);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("url.invalid", "the link's host is not a valid address", e);
    }
  }

  private static InetAddress ipv6Literal(String host) {
    if (!host.matches("[0-9a-f:.]+")) {
      throw refuse("url.invalid", "the link's IPv6 address is not valid");
    }
    try {
      return InetAddress.getByName(host);                                 // a literal: no DNS lookup
    } catch (UnknownHostException e) {
      throw new InvalidValueException("url.invalid", "the link's IPv6 address is not valid", e);
    }
  }

  private static String hostOf(String authority) {
    if (authority.startsWith("[")) {
      int end = authority.indexOf(']');
      if (end < 0) {
        throw refuse("url.invalid", "the link's host is not valid");
      }
      return authority.substring(0, end + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  private static int portOf(String authority, String scheme) {
    int start = authority.startsWith("[") ? authority.indexOf(']') + 1 : 0;
    int colon = authority.indexOf(':', start);
    String digits = colon < 0 ? "" : authority.substring(colon + 1);
    if (digits.isEmpty()) {
      return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
    if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) > 65535) {
      throw refuse("url.invalid", "the link's port is not valid");
    }
    return Integer.parseInt(digits);
  }

  static String normalisedHost(String rawHost) {
    String host = rawHost.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);                        // "localhost." is "localhost"
    }
    if (host.isEmpty()) {
      throw refuse("url.invalid", "the link has no host");
    }
    return host;
  }

  static int effectivePort(URI url) {
    if (url.getPort() >= 0) {
      return url.getPort();
    }
    return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }

  private static String hostPort(String host, int port) {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  private static boolean isHttp(String scheme) {
    return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOne(byte[] b) {
    return allZero(b, 0, 15) && b[15] == 1;
  }

  private static byte[] slice(byte[] b, int from) {
    return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
  }

  private static InvalidValueException refuse(String code, String message) {
    return new InvalidValueException(code, message);
  }
}
