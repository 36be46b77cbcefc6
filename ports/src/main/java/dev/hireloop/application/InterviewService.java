package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.GetInterviewUseCase;
import dev.hireloop.port.in.scheduling.InterviewView;
import dev.hireloop.port.in.scheduling.ListInterviewsQuery;
import dev.hireloop.port.in.scheduling.ListInterviewsUseCase;
import dev.hireloop.port.out.persistence.BookingSearch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 000's interview management over the recruiter's bookings: every booking with a slot is an interview, with
 * the booking's id. Read-only. Stateless and thread-safe.
 */
final class InterviewService implements ListInterviewsUseCase, GetInterviewUseCase {
  private static final String UNKNOWN_CANDIDATE = "Unknown candidate";
  private final ServiceContext context;

  InterviewService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Page<InterviewView> list(ListInterviewsQuery query) {
    Recruiter recruiter = context.recruiter(query.recruiterId());
    Page<Booking> page = context.persistence().bookings().search(search(recruiter, context.now(), query),
        query.page());
    Views views = new Views(recruiter);
    return page.map(views::of);
  }

  @Override
  public InterviewView get(RecruiterId recruiterId, BookingId interviewId) {
    Booking booking = context.persistence().bookings().findById(interviewId)
        .filter(found -> found.recruiterId().equals(recruiterId) && found.slot().isPresent())
        .orElseThrow(() -> new NotFoundException("interview.not-found", "no interview " + interviewId));
    return new Views(context.recruiter(recruiterId)).of(booking);
  }

  /** {@link dev.hireloop.port.in.scheduling.InterviewFilter}'s definitions as a booking search. */
  private static BookingSearch search(Recruiter recruiter, Instant now, ListInterviewsQuery query) {
    RecruiterId id = recruiter.id();
    Optional<Instant> none = Optional.empty();
    return switch (query.filter()) {
      case UPCOMING -> new BookingSearch(id, EnumSet.of(BookingStatus.CONFIRMED), none, none, Optional.of(now), none);
      case TODAY -> {
        LocalDate today = now.atZone(recruiter.timeZone()).toLocalDate();
        yield new BookingSearch(id, EnumSet.complementOf(EnumSet.of(BookingStatus.CANCELLED)),
            Optional.of(today.atStartOfDay(recruiter.timeZone()).toInstant()),
            Optional.of(today.plusDays(1).atStartOfDay(recruiter.timeZone()).toInstant()), none, none);
      }
      case COMPLETED -> new BookingSearch(id, EnumSet.of(BookingStatus.COMPLETED, BookingStatus.NO_SHOW), none, none,
          none, Optional.of(now));
      case ALL -> new BookingSearch(id, EnumSet.allOf(BookingStatus.class), none, none, none, none);
    };
  }

  /** Builds views for one recruiter, reading each profile and template once per page. */
  private final class Views {
    private final Recruiter recruiter;
    private final Map<ProfileId, Optional<Profile>> profiles = new HashMap<>();
    private final Map<EventTypeId, Optional<EventType>> eventTypes = new HashMap<>();

    Views(Recruiter recruiter) {
      this.recruiter = recruiter;
    }

    InterviewView of(Booking booking) {
      Optional<Profile> profile = profiles.computeIfAbsent(booking.profileId(),
          id -> context.persistence().profiles().findById(id)
              .filter(found -> found.recruiterId().equals(recruiter.id())));
      Optional<EventType> eventType = booking.eventTypeId().flatMap(typeId -> eventTypes.computeIfAbsent(typeId,
          id -> context.persistence().eventTypes().findById(id)
              .filter(found -> found.recruiterId().equals(recruiter.id()))));
      // a deleted template leaves the booking its length; the rest gets a plain description
      String title = eventType
          .map(type -> type.template().withDuration(Duration.ofMinutes(booking.durationMinutes())).name())
          .orElse(booking.durationMinutes() + "-minute interview");
      LocationKind locationKind = eventType.map(type -> type.template().locationKind()).orElse(LocationKind.VIDEO);
      String locationDetail = eventType.map(type -> type.template().locationDetail()).orElse("");
      return new InterviewView(booking.id(), booking.profileId(),
          profile.map(found -> found.details().fullName()).orElse(UNKNOWN_CANDIDATE),
          profile.flatMap(found -> found.details().email()), booking.jobId(), title, booking.slot().orElseThrow(),
          booking.candidateTimeZone(), recruiter.timeZone(), booking.status(), booking.provider(), locationKind,
          locationDetail, booking.reschedules().size(), booking.cancellationReason(), booking.createdAt(),
          booking.updatedAt());
    }
  }
}
