package dev.hireloop.application;

import dev.hireloop.domain.shared.RuleViolationException;
import java.util.Locale;
import java.util.Set;

/**
 * The calendar provider names Hireloop knows, and those it can serve now. One small place on purpose: a calendar
 * adapter that lands later adds its name to {@link #CONFIGURED}. Stateless.
 */
final class CalendarProviders {
  /** The built-in calendar: our booking page over our slot engine. */
  static final String MANUAL = "manual";
  static final Set<String> KNOWN = Set.of(MANUAL, "calcom", "calendly", "google", "outlook");
  static final Set<String> CONFIGURED = Set.of(MANUAL);
  private static final int MAX_ECHO = 40;

  private CalendarProviders() {}

  /** The canonical (lower-case) name of a known provider; {@code provider.unknown} otherwise. */
  static String known(String name) {
    String canonical = name.strip().toLowerCase(Locale.ROOT);
    if (!KNOWN.contains(canonical)) {
      throw new RuleViolationException("provider.unknown", "'" + echo(name) + "' is not a calendar provider; known: "
          + String.join(", ", KNOWN.stream().sorted().toList()));
    }
    return canonical;
  }

  /** The canonical name of a provider that can take bookings now; {@code provider.not-configured} otherwise. */
  static String configured(String name) {
    String canonical = known(name);
    if (!CONFIGURED.contains(canonical)) {
      throw new RuleViolationException("provider.not-configured",
          "calendar provider '" + canonical + "' is not configured");
    }
    return canonical;
  }

  // the name is the caller's input: echo it short, so a problem detail never carries a pasted essay
  private static String echo(String name) {
    String stripped = name.strip();
    return stripped.length() <= MAX_ECHO ? stripped : stripped.substring(0, MAX_ECHO) + "…";
  }
}
