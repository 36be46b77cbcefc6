package dev.hireloop.port.out.events;

import dev.hireloop.domain.assessment.AssessmentApproved;
import dev.hireloop.domain.assessment.AssessmentDrafted;
import dev.hireloop.domain.assessment.AssessmentRejected;
import dev.hireloop.domain.booking.BookingCancelled;
import dev.hireloop.domain.matching.ProfileMatched;
import dev.hireloop.domain.booking.BookingCompleted;
import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.booking.BookingMarkedNoShow;
import dev.hireloop.domain.booking.BookingRequested;
import dev.hireloop.domain.booking.BookingRescheduled;
import dev.hireloop.domain.consent.ConsentGranted;
import dev.hireloop.domain.consent.ConsentWithdrawn;
import dev.hireloop.domain.endorsement.EndorsementApproved;
import dev.hireloop.domain.endorsement.EndorsementDrafted;
import dev.hireloop.domain.endorsement.EndorsementRejected;
import dev.hireloop.domain.interview.InterviewCancelled;
import dev.hireloop.domain.interview.InterviewCompleted;
import dev.hireloop.domain.interview.InterviewExpired;
import dev.hireloop.domain.interview.InterviewScheduled;
import dev.hireloop.domain.interview.InterviewStarted;
import dev.hireloop.domain.job.JobClosed;
import dev.hireloop.domain.job.JobCreated;
import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.job.JobUpdated;
import dev.hireloop.domain.outreach.OutreachApproved;
import dev.hireloop.domain.outreach.OutreachDelivered;
import dev.hireloop.domain.outreach.OutreachDrafted;
import dev.hireloop.domain.outreach.OutreachFailed;
import dev.hireloop.domain.outreach.OutreachRead;
import dev.hireloop.domain.outreach.OutreachSent;
import dev.hireloop.domain.outreach.ReplyReceived;
import dev.hireloop.domain.profile.CvReceived;
import dev.hireloop.domain.profile.ProfileCreated;
import dev.hireloop.domain.profile.ProfileStatusChanged;
import dev.hireloop.domain.profile.ProfileUpdated;
import dev.hireloop.domain.recruiter.ApiTokenIssued;
import dev.hireloop.domain.recruiter.ApiTokenRevoked;
import dev.hireloop.domain.recruiter.RecruiterCreated;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every domain event type by its stable wire name ({@link DomainEvent#eventType()}). Adapters that store events
 * resolve names through this registry; a new event type is added here (a test checks the list is complete).
 */
public final class DomainEventTypes {
  private static final List<Class<? extends DomainEvent>> ALL = List.of(
      RecruiterCreated.class, ApiTokenIssued.class, ApiTokenRevoked.class,
      JobCreated.class, JobUpdated.class, JobPosted.class, JobClosed.class,
      ProfileCreated.class, ProfileUpdated.class, ProfileStatusChanged.class, CvReceived.class,
      ProfileMatched.class,
      BookingRequested.class, BookingConfirmed.class, BookingCancelled.class, BookingRescheduled.class,
      BookingCompleted.class, BookingMarkedNoShow.class,
      InterviewScheduled.class, InterviewStarted.class, InterviewCompleted.class, InterviewExpired.class,
      InterviewCancelled.class,
      AssessmentDrafted.class, AssessmentApproved.class, AssessmentRejected.class,
      EndorsementDrafted.class, EndorsementApproved.class, EndorsementRejected.class,
      OutreachDrafted.class, OutreachApproved.class, OutreachSent.class, OutreachDelivered.class,
      OutreachRead.class, ReplyReceived.class, OutreachFailed.class,
      ConsentGranted.class, ConsentWithdrawn.class);

  private static final Map<String, Class<? extends DomainEvent>> BY_NAME = index();

  private DomainEventTypes() {}

  public static List<Class<? extends DomainEvent>> all() {
    return ALL;
  }

  public static Optional<Class<? extends DomainEvent>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static Class<? extends DomainEvent> require(String name) {
    return byName(name).orElseThrow(
        () -> new InvalidValueException("event.type-unknown", "unknown event type " + name));
  }

  private static Map<String, Class<? extends DomainEvent>> index() {
    Map<String, Class<? extends DomainEvent>> byName = new LinkedHashMap<>();
    for (Class<? extends DomainEvent> type : ALL) {
      if (byName.put(type.getSimpleName(), type) != null) {
        throw new IllegalStateException("duplicate event name " + type.getSimpleName());
      }
    }
    return Map.copyOf(byName);
  }
}
