package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/**
 * Stores candidate profiles. Same save/versioning contract as {@link RecruiterRepository} ({@code profile.stale}).
 * A recruiter has at most one profile per e-mail address ({@code profile.email-taken}); different recruiters may
 * each have one. {@code search} returns newest first (by {@code createdAt}, ties by id descending).
 */
public interface ProfileRepository {
  Profile save(Profile profile);

  Optional<Profile> findById(ProfileId id);

  Optional<Profile> findByEmail(RecruiterId recruiterId, Email email);

  Page<Profile> search(ProfileSearch search, PageRequest page);
}
