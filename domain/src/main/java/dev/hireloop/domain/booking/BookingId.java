package dev.hireloop.domain.booking;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record BookingId(UUID value) implements EntityId {
  public BookingId {
    Check.notNull(value, "bookingId");
  }

  public static BookingId of(String raw) {
    return new BookingId(Ids.parse(raw, "bookingId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
