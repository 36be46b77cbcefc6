package dev.hireloop.domain.shared;

/**
 * Optimistic-locking version of an aggregate. {@code 0} means "never stored"; every successful save stores
 * {@code version + 1}, and a save whose version no longer matches the stored one is a {@link ConflictException}.
 */
public record Version(long value) {
  public Version {
    if (value < 0) {
      throw new InvalidValueException("version.negative", "version must not be negative");
    }
  }

  public static Version initial() {
    return new Version(0);
  }

  public boolean isInitial() {
    return value == 0;
  }

  public Version next() {
    return new Version(value + 1);
  }
}
