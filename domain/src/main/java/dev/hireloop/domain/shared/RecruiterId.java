package dev.hireloop.domain.shared;

import java.util.UUID;

/**
 * Identifies a recruiter, the owner (tenant) of jobs, profiles, bookings and everything else. It lives in
 * {@code shared} because every aggregate refers to its owner.
 */
public record RecruiterId(UUID value) implements EntityId {
  public RecruiterId {
    Check.notNull(value, "recruiterId");
  }

  public static RecruiterId of(String raw) {
    return new RecruiterId(Ids.parse(raw, "recruiterId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
