package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A scheduled interview (a booking with a slot) in the interview-management panel: who, what, when, where. Its id
 * is the booking's.
 */
public record InterviewView(BookingId id, ProfileId profileId, String candidateName, Optional<Email> candidateEmail,
    Optional<JobId> jobId, String title, Interval slot, ZoneId candidateTimeZone, ZoneId recruiterTimeZone,
    BookingStatus status, String provider, LocationKind locationKind, String locationDetail, int rescheduleCount,
    Optional<String> cancellationReason, Instant createdAt, Instant updatedAt) {}
