package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.scheduling.RecruiterAvailability;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.AvailabilityView;
import dev.hireloop.port.in.scheduling.GetAvailabilityUseCase;
import dev.hireloop.port.in.scheduling.PutDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.RemoveDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityCommand;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityUseCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A recruiter's availability and date overrides. A recruiter who never saved one has the standard hours in their
 * own zone (version 0); the first change stores it. Stateless and thread-safe.
 */
final class AvailabilityService implements GetAvailabilityUseCase, UpdateAvailabilityUseCase, PutDateOverrideUseCase,
    RemoveDateOverrideUseCase {
  private final ServiceContext context;

  AvailabilityService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public AvailabilityView get(RecruiterId recruiterId) {
    return AvailabilityView.from(current(context.recruiter(recruiterId)));
  }

  @Override
  public AvailabilityView update(UpdateAvailabilityCommand command) {
    return context.inTransaction(() -> {
      RecruiterAvailability current = current(context.recruiter(command.recruiterId()));
      ServiceContext.expectVersion(command.expectedVersion(), current.version(), "availability");
      Instant now = context.now();
      RecruiterAvailability saved = context.persistence().availabilities().save(current.update(command.settings(),
          now));
      audit(saved, "availability.updated", now, Map.of());
      return AvailabilityView.from(saved);
    });
  }

  @Override
  public AvailabilityView put(RecruiterId recruiterId, DateOverride override) {
    return context.inTransaction(() -> {
      RecruiterAvailability current = current(context.recruiter(recruiterId));
      Instant now = context.now();
      RecruiterAvailability saved = context.persistence().availabilities().save(current.putOverride(override, now));
      audit(saved, "availability.override-set", now,
          Map.of("date", override.date().toString(), "kind", override.kind().name().toLowerCase(Locale.ROOT)));
      return AvailabilityView.from(saved);
    });
  }

  @Override
  public AvailabilityView remove(RecruiterId recruiterId, LocalDate date) {
    return context.inTransaction(() -> {
      RecruiterAvailability current = current(context.recruiter(recruiterId));
      Instant now = context.now();
      RecruiterAvailability changed = current.removeOverride(date, now)
          .orElseThrow(() -> new NotFoundException("override.not-found", "no override on " + date));
      RecruiterAvailability saved = context.persistence().availabilities().save(changed);
      audit(saved, "availability.override-removed", now, Map.of("date", date.toString()));
      return AvailabilityView.from(saved);
    });
  }

  /** The stored availability, or the standard one in the recruiter's zone (version 0, not stored). */
  RecruiterAvailability current(Recruiter recruiter) {
    return context.persistence().availabilities().findByRecruiter(recruiter.id())
        .orElseGet(() -> RecruiterAvailability.standard(recruiter.id(), recruiter.timeZone(), context.now()));
  }

  private void audit(RecruiterAvailability saved, String action, Instant now, Map<String, String> details) {
    context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), action, "availability",
        saved.recruiterId(), now, details);
  }
}
