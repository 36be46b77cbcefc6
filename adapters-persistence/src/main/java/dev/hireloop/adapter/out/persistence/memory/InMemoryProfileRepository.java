package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skills;
import dev.hireloop.port.out.persistence.ProfileRepository;
import dev.hireloop.port.out.persistence.ProfileSearch;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Profiles in memory, unique per recruiter and e-mail address. Thread-safe. */
final class InMemoryProfileRepository implements ProfileRepository {
  private static final Comparator<Profile> NEWEST_FIRST = Comparator.comparing(Profile::createdAt)
      .thenComparing(profile -> profile.id().value(), MemoryStore.UUID_ORDER)
      .reversed();

  private final MemoryStore store;
  private final TxMap<ProfileId, Profile> byId;
  /** The unique (recruiter, e-mail) index, so creating a profile does not scan every profile. */
  private final TxMap<EmailKey, ProfileId> byEmail;

  private record EmailKey(RecruiterId recruiterId, Email email) {}

  InMemoryProfileRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
    this.byEmail = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public Profile save(Profile profile) {
    Check.notNull(profile, "profile");
    Profile stored = Microseconds.truncate(profile).withVersion(profile.version().next());
    return store.inTransaction(() -> {
      Optional<Profile> current = byId.get(profile.id());
      boolean expected = profile.version().isInitial()
          ? current.isEmpty() : current.filter(found -> found.version().equals(profile.version())).isPresent();
      if (!expected) {
        throw new ConflictException("profile.stale", "profile " + profile.id() + " was changed by someone else "
            + "(version " + profile.version().value() + " is not the stored one)");
      }
      Optional<EmailKey> key = profile.details().email().map(email -> new EmailKey(profile.recruiterId(), email));
      boolean emailTaken = key.flatMap(byEmail::get).filter(owner -> !owner.equals(profile.id())).isPresent();
      if (emailTaken) {
        throw new ConflictException("profile.email-taken",
            "the recruiter already has a profile with this e-mail address");
      }
      current.flatMap(previous -> previous.details().email())
          .map(email -> new EmailKey(profile.recruiterId(), email))
          .filter(previousKey -> !key.equals(Optional.of(previousKey)))
          .ifPresent(byEmail::remove);
      key.ifPresent(newKey -> byEmail.put(newKey, profile.id()));
      byId.put(profile.id(), stored);
      return stored;
    });
  }

  @Override
  public Optional<Profile> findById(ProfileId id) {
    Check.notNull(id, "profileId");
    return store.inTransaction(() -> byId.get(id));
  }

  @Override
  public Optional<Profile> findByEmail(RecruiterId recruiterId, Email email) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(email, "email");
    return store.inTransaction(() -> byEmail.get(new EmailKey(recruiterId, email)).flatMap(byId::get));
  }

  @Override
  public Page<Profile> search(ProfileSearch search, PageRequest page) {
    Check.notNull(search, "search");
    Check.notNull(page, "page");
    Optional<String> text = search.text();
    return store.inTransaction(() -> Queries.page(byId.values().stream()
        .filter(profile -> profile.recruiterId().equals(search.recruiterId()))
        .filter(profile -> search.statuses().isEmpty() || search.statuses().contains(profile.status()))
        .filter(profile -> search.skillKeys().stream()
            .allMatch(key -> Skills.containsKey(profile.details().skills(), key)))
        .filter(profile -> text.map(wanted -> Queries.containsIgnoringCase(profile.details().fullName(), wanted)
            || profile.details().headline().map(headline -> Queries.containsIgnoringCase(headline, wanted))
                .orElse(false)).orElse(true))
        .sorted(NEWEST_FIRST)
        .toList(), page));
  }
}
