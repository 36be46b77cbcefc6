package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.ConflictException;
import java.util.List;

/**
 * The slot asked for cannot be booked (taken meanwhile, or never offered); carries the nearest slots that can, so a
 * client can offer them at once.
 */
public class SlotUnavailableException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final transient List<Slot> alternatives;

  public SlotUnavailableException(String code, String message, List<Slot> alternatives) {
    super(code, message);
    this.alternatives = List.copyOf(alternatives);
  }

  /** Bookable slots near the one asked for, sorted by start; may be empty. */
  public List<Slot> alternatives() {
    return alternatives;
  }
}
