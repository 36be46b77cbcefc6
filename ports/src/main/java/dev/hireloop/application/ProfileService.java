package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileCreated;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileStatusChanged;
import dev.hireloop.domain.profile.ProfileUpdated;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.profile.ChangeProfileStatusCommand;
import dev.hireloop.port.in.profile.ChangeProfileStatusUseCase;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.profile.CreateProfileUseCase;
import dev.hireloop.port.in.profile.GetProfileUseCase;
import dev.hireloop.port.in.profile.ListProfilesQuery;
import dev.hireloop.port.in.profile.ListProfilesUseCase;
import dev.hireloop.port.in.profile.ProfileView;
import dev.hireloop.port.in.profile.UpdateProfileCommand;
import dev.hireloop.port.in.profile.UpdateProfileUseCase;
import dev.hireloop.port.out.persistence.ProfileSearch;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Candidate profile use cases, scoped to the calling recruiter. Stateless and thread-safe. */
final class ProfileService implements CreateProfileUseCase, UpdateProfileUseCase, ChangeProfileStatusUseCase,
    GetProfileUseCase, ListProfilesUseCase {
  private final ServiceContext context;

  ProfileService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public ProfileView create(CreateProfileCommand command) {
    return context.inTransaction(() -> {
      if (context.persistence().recruiters().findById(command.recruiterId()).isEmpty()) {
        throw new NotFoundException("recruiter.not-found", "no recruiter " + command.recruiterId());
      }
      requireEmailFree(command.recruiterId(), command.details(), null);
      Instant now = context.now();
      Profile saved = context.persistence().profiles().save(Profile.create(new ProfileId(context.newId()),
          command.recruiterId(), command.details(), command.source(), now));
      context.publish(new ProfileCreated(context.newId(), now, saved.recruiterId(), saved.id(), saved.source()));
      context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), "profile.created", "profile",
          saved.id(), now, Map.of("source", wire(saved.source())));
      return ProfileView.from(saved);
    });
  }

  @Override
  public ProfileView update(UpdateProfileCommand command) {
    return context.inTransaction(() -> {
      Profile current = load(command.recruiterId(), command.profileId());
      ServiceContext.expectVersion(command.expectedVersion(), current.version(), "profile");
      requireEmailFree(command.recruiterId(), command.details(), current.id());
      Instant now = context.now();
      Profile saved = context.persistence().profiles().save(current.update(command.details(), now));
      context.publish(new ProfileUpdated(context.newId(), now, saved.recruiterId(), saved.id()));
      context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), "profile.updated", "profile",
          saved.id(), now, Map.of());
      return ProfileView.from(saved);
    });
  }

  @Override
  public ProfileView change(ChangeProfileStatusCommand command) {
    return context.inTransaction(() -> {
      Profile current = load(command.recruiterId(), command.profileId());
      ServiceContext.expectVersion(command.expectedVersion(), current.version(), "profile");
      Instant now = context.now();
      Profile saved = context.persistence().profiles().save(current.moveTo(command.target(), now));
      context.publish(new ProfileStatusChanged(context.newId(), now, saved.recruiterId(), saved.id(),
          current.status(), saved.status()));
      Map<String, String> details = new LinkedHashMap<>();
      details.put("from", wire(current.status()));
      details.put("to", wire(saved.status()));
      command.reason().ifPresent(reason -> details.put("reason", reason));
      context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), "profile.status-changed", "profile",
          saved.id(), now, details);
      return ProfileView.from(saved);
    });
  }

  @Override
  public ProfileView get(RecruiterId recruiterId, ProfileId profileId) {
    return ProfileView.from(load(recruiterId, profileId));
  }

  @Override
  public Page<ProfileView> list(ListProfilesQuery query) {
    ProfileSearch search = new ProfileSearch(query.recruiterId(), query.statuses(),
        query.skills().stream().map(Skill::key).toList(), query.text());
    return context.persistence().profiles().search(search, query.page()).map(ProfileView::from);
  }

  private Profile load(RecruiterId recruiterId, ProfileId profileId) {
    return context.persistence().profiles().findById(profileId)
        .filter(profile -> profile.recruiterId().equals(recruiterId))
        .orElseThrow(() -> new NotFoundException("profile.not-found", "no profile " + profileId));
  }

  /** A recruiter keeps one profile per e-mail address, so a second CV updates rather than duplicates. */
  private void requireEmailFree(RecruiterId recruiterId, ProfileDetails details, ProfileId self) {
    details.email().flatMap(email -> context.persistence().profiles().findByEmail(recruiterId, email))
        .filter(existing -> !existing.id().equals(self))
        .ifPresent(existing -> {
          throw new ConflictException("profile.email-taken",
              "profile " + existing.id() + " already has this e-mail address");
        });
  }

  private static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
