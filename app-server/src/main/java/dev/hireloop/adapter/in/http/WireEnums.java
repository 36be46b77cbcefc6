package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values on the wire are lower-case snake ({@code cv_received}, {@code full_time}). */
final class WireEnums {
  private WireEnums() {}

  static String toWire(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire value; anything else is a 400 naming {@code field} and listing the allowed values. */
  static <E extends Enum<E>> E fromWire(Class<E> type, String raw, String field) {
    if (raw == null) {
      throw new InvalidValueException("value.required", field + " is required");
    }
    String wanted = raw.strip();
    for (E constant : type.getEnumConstants()) {
      if (toWire(constant).equals(wanted)) {
        return constant;
      }
    }
    throw new InvalidValueException("value.not-allowed", field + " must be one of " + allowed(type));
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireEnums::toWire).collect(Collectors.joining(", "));
  }
}
