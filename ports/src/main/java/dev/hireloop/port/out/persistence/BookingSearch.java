package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a recruiter's bookings to list. Only bookings with a slot ever match. A booking matches when every
 * given bound holds ({@code startFrom <= slot start < startBefore}, {@code slot end > endAfter}) and its status
 * is in {@code statuses}, <em>or</em> — when {@code confirmedEndedBy} is given — it is {@code CONFIRMED} and its
 * slot ended at or before that instant (a past interview nobody marked yet).
 */
public record BookingSearch(RecruiterId recruiterId, Set<BookingStatus> statuses, Optional<Instant> startFrom,
    Optional<Instant> startBefore, Optional<Instant> endAfter, Optional<Instant> confirmedEndedBy) {
  public BookingSearch {
    Check.notNull(recruiterId, "recruiterId");
    statuses = Set.copyOf(Check.notNull(statuses, "statuses"));
    Check.notNull(startFrom, "startFrom");
    Check.notNull(startBefore, "startBefore");
    Check.notNull(endAfter, "endAfter");
    Check.notNull(confirmedEndedBy, "confirmedEndedBy");
  }
}
