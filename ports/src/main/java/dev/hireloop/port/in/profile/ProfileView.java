package dev.hireloop.port.in.profile;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A profile with the pipeline moves it can make next ({@code nextStatuses}). */
public record ProfileView(ProfileId id, RecruiterId recruiterId, ProfileDetails details, ProfileSource source,
    PipelineStatus status, Optional<PipelineStatus> statusBeforeHold, List<PipelineStatus> nextStatuses,
    Instant statusChangedAt, Instant createdAt, Instant updatedAt, long version) {
  public ProfileView {
    nextStatuses = List.copyOf(nextStatuses);
  }

  public static ProfileView from(Profile profile) {
    List<PipelineStatus> next = PipelineStatus.MACHINE.next(profile.status()).stream()
        .filter(profile::canMoveTo).toList();
    return new ProfileView(profile.id(), profile.recruiterId(), profile.details(), profile.source(),
        profile.status(), profile.statusBeforeHold(), next, profile.statusChangedAt(), profile.createdAt(),
        profile.updatedAt(), profile.version().value());
  }
}
