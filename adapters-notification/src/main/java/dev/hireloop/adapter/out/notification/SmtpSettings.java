package dev.hireloop.adapter.out.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.notification.EmailAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how {@link SmtpNotifier} connects. {@code from} is the envelope sender (the {@code MAIL FROM} address
 * that bounces go to), which many relays require to be one of the account's own addresses; the {@code From}
 * header is the message's own. {@code localhost} is the name sent in {@code EHLO} (the JVM's host name when
 * absent). {@code toString} shows neither the login (often an address) nor the password.
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password,
    Security security, Duration connectTimeout, Duration readTimeout, Duration writeTimeout, EmailAddress from,
    Optional<String> localhost) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_IO_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
  private static final Pattern HOST_NAME = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$");
  /** A DNS name, an IPv4 address, or an IPv6 literal in brackets. */
  private static final Pattern HOST = Pattern.compile(HOST_NAME.pattern() + "|^\\[[0-9A-Fa-f:.]{2,45}]$");

  /** How the connection is protected. */
  public enum Security {
    /** Plain SMTP; only for a relay on the same host or a trusted network. */
    NONE,
    /** Plain connection upgraded with {@code STARTTLS} (usually port 587); fails if the server does not offer it. */
    STARTTLS,
    /** TLS from the first byte, "implicit TLS" (usually port 465). */
    TLS
  }

  public SmtpSettings {
    host = Check.text(host, "host", 255);
    if (!HOST.matcher(host).matches()) {
      throw new InvalidValueException("smtp.host-invalid", "host is a host name or an IP address");
    }
    Check.range(port, "port", 1, 65_535);
    username = Check.optionalText(username, "username", 320);
    Check.notNull(password, "password");
    // a password may legitimately contain or be surrounded by spaces: no trimming, only the empty one is absent
    password = password.filter(p -> !p.isEmpty()).map(p -> Check.bounded(p, "password", 1_000));
    if (username.isPresent() != password.isPresent()) {
      throw new InvalidValueException("smtp.credentials-incomplete", "username and password go together");
    }
    Check.notNull(security, "security");
    connectTimeout = timeout(connectTimeout, "connectTimeout");
    readTimeout = timeout(readTimeout, "readTimeout");
    writeTimeout = timeout(writeTimeout, "writeTimeout");
    Check.notNull(from, "from");
    localhost = Check.optionalText(localhost, "localhost", 253);
    if (localhost.isPresent() && !HOST.matcher(localhost.get()).matches()) {
      throw new InvalidValueException("smtp.localhost-invalid", "localhost is a host name or an IP address");
    }
  }

  /** No login, default timeouts, the JVM's host name in {@code EHLO}. */
  public static SmtpSettings of(String host, int port, Security security, EmailAddress from) {
    return new SmtpSettings(host, port, Optional.empty(), Optional.empty(), security, DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_IO_TIMEOUT, DEFAULT_IO_TIMEOUT, from, Optional.empty());
  }

  public SmtpSettings withLogin(String username, String password) {
    return new SmtpSettings(host, port, Optional.of(username), Optional.of(password), security, connectTimeout,
        readTimeout, writeTimeout, from, localhost);
  }

  public SmtpSettings withTimeouts(Duration connect, Duration read, Duration write) {
    return new SmtpSettings(host, port, username, password, security, connect, read, write, from, localhost);
  }

  public SmtpSettings withLocalhost(String name) {
    return new SmtpSettings(host, port, username, password, security, connectTimeout, readTimeout, writeTimeout,
        from, Optional.of(name));
  }

  public boolean authenticates() {
    return username.isPresent();
  }

  private static Duration timeout(Duration value, String field) {
    Check.notNull(value, field);
    if (value.compareTo(Duration.ofMillis(1)) < 0 || value.compareTo(MAX_TIMEOUT) > 0) {
      throw new InvalidValueException("value.out-of-range", field + " must be between 1 ms and 5 minutes");
    }
    return value;
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", login=" + (authenticates() ? "****" : "(none)")
        + ", security=" + security
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", localhost=" + localhost.orElse("(default)") + "]";
  }
}
