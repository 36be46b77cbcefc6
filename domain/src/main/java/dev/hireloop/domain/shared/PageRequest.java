package dev.hireloop.domain.shared;

/** Offset pagination: at most {@code limit} items (1..200) starting at {@code offset}. */
public record PageRequest(int offset, int limit) {
  public static final int MAX_LIMIT = 200;

  public PageRequest {
    if (offset < 0) {
      throw new InvalidValueException("page.offset", "offset must not be negative");
    }
    Check.range(limit, "limit", 1, MAX_LIMIT);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }
}
