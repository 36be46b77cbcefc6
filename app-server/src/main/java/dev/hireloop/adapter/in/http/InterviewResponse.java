package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.scheduling.InterviewView;
import java.time.Instant;

/**
 * Seed 000's interview, in the resource API's snake_case: who, what, when (UTC {@code start}/{@code end},
 * {@code local_start} on the candidate's clock, {@code recruiter_local_start} on the recruiter's), where.
 */
record InterviewResponse(String id, String profileId, String candidateName, String candidateEmail, String jobId,
    String title, Instant start, Instant end, String timezone, String recruiterTimezone, String localStart,
    String recruiterLocalStart, String status, String provider, String locationKind, String locationDetail,
    int rescheduleCount, String cancellationReason, Instant createdAt, Instant updatedAt) {

  static InterviewResponse from(InterviewView view) {
    return new InterviewResponse(view.id().toString(), view.profileId().toString(), view.candidateName(),
        view.candidateEmail().map(email -> email.value()).orElse(null),
        view.jobId().map(Object::toString).orElse(null), view.title(), view.slot().start(), view.slot().end(),
        view.candidateTimeZone().getId(), view.recruiterTimeZone().getId(),
        TimeValues.local(view.slot().start(), view.candidateTimeZone()),
        TimeValues.local(view.slot().start(), view.recruiterTimeZone()), WireEnums.toWire(view.status()),
        view.provider(), WireEnums.toWire(view.locationKind()), view.locationDetail(), view.rescheduleCount(),
        view.cancellationReason().orElse(null), view.createdAt(), view.updatedAt());
  }
}
