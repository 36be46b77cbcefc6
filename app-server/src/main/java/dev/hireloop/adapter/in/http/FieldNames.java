package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the wire's snake_case field names on validation errors. The core names fields in camelCase at the start of
 * its messages ({@code "minimumYears must be between 0 and 60"}); the client sent {@code minimum_years}. A message
 * of another shape names no field and is passed on unchanged.
 */
final class FieldNames {
  // "<field> is|must|contains|has|are …": the shape of every message Check and the value types produce
  private static final Pattern LEADING_FIELD = Pattern.compile(
      "^([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)(\\s+(?:is|must|contains|has|are)\\b.*)$",
      Pattern.DOTALL);
  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

  private FieldNames() {}

  static String toWire(String name) {
    return CAMEL_HUMP.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
  }

  /** A core validation message split into the wire field it names and the message using that name. */
  record Named(Optional<String> field, String detail) {}

  static Named fromMessage(String message) {
    if (message == null) {
      return new Named(Optional.empty(), "the request is not valid");
    }
    Matcher matcher = LEADING_FIELD.matcher(message);
    if (!matcher.matches()) {
      return new Named(Optional.empty(), message);
    }
    String field = toWire(matcher.group(1));
    return new Named(Optional.of(field), field + matcher.group(2));
  }

  /**
   * Runs a conversion whose core validation names a field {@code coreField} that the client knows as
   * {@code wireField} ({@code days.monday} → {@code weekly_hours.monday}); other failures are prefixed with it.
   */
  static <T> T renamed(String coreField, String wireField, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidValueException e) {
      String message = String.valueOf(e.getMessage());
      String detail = message.startsWith(coreField + " ")
          ? wireField + message.substring(coreField.length()) : wireField + ": " + message;
      throw RequestRejectedException.badRequest(e.code(), wireField, detail);
    }
  }

  /**
   * Runs a conversion whose validation errors should name {@code wireField} (e.g. a skills list, where the core
   * only says "skill").
   */
  static <T> T at(String wireField, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidValueException e) {
      throw RequestRejectedException.badRequest(e.code(), wireField, wireField + ": " + e.getMessage());
    }
  }
}
