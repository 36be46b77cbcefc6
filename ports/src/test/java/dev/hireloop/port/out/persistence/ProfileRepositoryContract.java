package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.testing.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProfileRepository} promises. Subclasses return an isolated, empty store. */
public abstract class ProfileRepositoryContract {
  protected final Fixtures fixtures = new Fixtures();
  private ProfileRepository profiles;
  private RecruiterId recruiterId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    profiles = newPersistence().profiles();
    recruiterId = fixtures.recruiterId();
  }

  @Test
  void returns_empty_for_an_unknown_id_or_email() {
    assertThat(profiles.findById(fixtures.profileId())).isEmpty();
    assertThat(profiles.findByEmail(recruiterId, Email.of("nobody@example.com"))).isEmpty();
  }

  @Test
  void stores_a_minimal_profile_as_version_one_and_reads_it_back_equal() {
    Profile profile = fixtures.profile(recruiterId);

    Profile saved = profiles.save(profile);

    assertThat(saved).isEqualTo(profile.withVersion(new Version(1)));
    assertThat(profiles.findById(profile.id())).contains(saved);
  }

  @Test
  void round_trips_every_optional_detail_and_keeps_skill_order() {
    Profile profile = fixtures.profile(recruiterId, Fixtures.fullProfileDetails(Email.of("ada@example.com")));

    Profile saved = profiles.save(profile);

    assertThat(profiles.findById(profile.id())).contains(saved);
    assertThat(profiles.findByEmail(recruiterId, Email.of("ADA@example.com"))).contains(saved);
    assertThat(saved.details().skills()).extracting(Skill::name).containsExactly("Mathematics", "Java", "PostgreSQL");
  }

  @Test
  void round_trips_the_stage_a_profile_on_hold_resumes_at() {
    Profile saved = profiles.save(fixtures.profile(recruiterId));
    Profile contacted = profiles.save(saved.moveTo(PipelineStatus.CONTACTED, fixtures.now()));

    Profile onHold = profiles.save(contacted.moveTo(PipelineStatus.ON_HOLD, fixtures.now().plusSeconds(5)));

    Profile found = profiles.findById(saved.id()).orElseThrow();
    assertThat(found).isEqualTo(onHold);
    assertThat(found.statusBeforeHold()).contains(PipelineStatus.CONTACTED);
    assertThat(found.version()).isEqualTo(new Version(3));
  }

  @Test
  void an_update_stores_the_next_version_and_replaces_the_skills() {
    Profile saved = profiles.save(fixtures.profile(recruiterId,
        Fixtures.profileDetails("Grace Hopper", Optional.empty(), List.of("COBOL", "Fortran"))));

    Profile updated = profiles.save(saved.update(
        Fixtures.profileDetails("Grace B. Hopper", Optional.empty(), List.of("Compilers", "COBOL")), fixtures.now()));

    assertThat(updated.version()).isEqualTo(new Version(2));
    assertThat(profiles.findById(saved.id())).contains(updated);
    assertThat(updated.details().skills()).extracting(Skill::name).containsExactly("Compilers", "COBOL");
  }

  @Test
  void rejects_a_stale_write() {
    Profile saved = profiles.save(fixtures.profile(recruiterId));
    profiles.save(saved.moveTo(PipelineStatus.CONTACTED, fixtures.now()));

    assertThatThrownBy(() -> profiles.save(saved.moveTo(PipelineStatus.REJECTED, fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("profile.stale"));
    assertThatThrownBy(() -> profiles.save(fixtures.profile(recruiterId).withVersion(new Version(1))))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("profile.stale"));
    assertThat(profiles.findById(saved.id()).orElseThrow().status()).isEqualTo(PipelineStatus.CONTACTED);
  }

  @Test
  void a_recruiter_has_at_most_one_profile_per_email() {
    Email email = Email.of("candidate@example.com");
    profiles.save(fixtures.profile(recruiterId, Fixtures.profileDetails("First", Optional.of(email), List.of())));
    Profile second = fixtures.profile(recruiterId, Fixtures.profileDetails("Second", Optional.of(email), List.of()));

    assertThatThrownBy(() -> profiles.save(second))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("profile.email-taken"));
    assertThat(profiles.findById(second.id())).isEmpty();
  }

  @Test
  void rejects_changing_the_email_to_one_the_recruiter_already_has() {
    Email taken = Email.of("taken@example.com");
    profiles.save(fixtures.profile(recruiterId, Fixtures.profileDetails("First", Optional.of(taken), List.of())));
    Profile other = profiles.save(fixtures.profile(recruiterId));

    assertThatThrownBy(() -> profiles.save(other.update(
        Fixtures.profileDetails("Other", Optional.of(taken), List.of()), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("profile.email-taken"));
    assertThat(profiles.findById(other.id())).contains(other);
  }

  @Test
  void different_recruiters_may_each_have_a_profile_with_the_same_email() {
    Email email = Email.of("shared@example.com");
    RecruiterId otherRecruiter = fixtures.recruiterId();
    Profile mine = profiles.save(fixtures.profile(recruiterId,
        Fixtures.profileDetails("Mine", Optional.of(email), List.of())));
    Profile theirs = profiles.save(fixtures.profile(otherRecruiter,
        Fixtures.profileDetails("Theirs", Optional.of(email), List.of())));

    assertThat(profiles.findByEmail(recruiterId, email)).contains(mine);
    assertThat(profiles.findByEmail(otherRecruiter, email)).contains(theirs);
  }

  @Test
  void profiles_without_an_email_never_conflict() {
    profiles.save(fixtures.profile(recruiterId));
    profiles.save(fixtures.profile(recruiterId));

    assertThat(profiles.search(ProfileSearch.all(recruiterId), PageRequest.first(10)).total()).isEqualTo(2);
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.000001999Z");
    Profile profile = Profile.create(fixtures.profileId(), recruiterId, ProfileDetails.named("Nano"),
        ProfileSource.LINKEDIN, withNanos);

    Profile saved = profiles.save(profile);

    assertThat(saved.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.statusChangedAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(profiles.findById(profile.id())).contains(saved);
  }

  @Test
  void searches_only_the_recruiters_profiles_newest_first_with_ties_by_id_descending() {
    Instant now = fixtures.now();
    Profile oldest = profiles.save(profile(fixtures.uuid(), "Oldest", now));
    Profile tieHigh = profiles.save(profile(new UUID(0xE000_0000_0000_4000L, 0x8000_0000_0000_0001L), "High",
        now.plusSeconds(60)));
    Profile tieLow = profiles.save(profile(new UUID(0x3000_0000_0000_4000L, 0x8000_0000_0000_0001L), "Low",
        now.plusSeconds(60)));
    profiles.save(fixtures.profile(fixtures.recruiterId()));

    Page<Profile> page = profiles.search(ProfileSearch.all(recruiterId), PageRequest.first(10));

    assertThat(page.items()).containsExactly(tieHigh, tieLow, oldest);
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void pages_through_the_matches_with_the_total_count() {
    for (int i = 0; i < 7; i++) {
      profiles.save(profile(fixtures.uuid(), "Candidate " + i, fixtures.now().plusSeconds(i)));
    }

    Page<Profile> last = profiles.search(ProfileSearch.all(recruiterId), new PageRequest(6, 3));

    assertThat(last.items()).extracting(profile -> profile.details().fullName()).containsExactly("Candidate 0");
    assertThat(last.total()).isEqualTo(7);
    assertThat(last.hasMore()).isFalse();
  }

  @Test
  void filters_by_any_of_several_statuses() {
    Profile fresh = profiles.save(fixtures.profile(recruiterId));
    Profile contacted = profiles.save(profiles.save(fixtures.profile(recruiterId))
        .moveTo(PipelineStatus.CONTACTED, fixtures.now()));
    Profile rejected = profiles.save(profiles.save(fixtures.profile(recruiterId))
        .moveTo(PipelineStatus.REJECTED, fixtures.now()));

    assertThat(search(Set.of(PipelineStatus.NEW, PipelineStatus.REJECTED), List.of(), Optional.empty()))
        .containsExactlyInAnyOrder(fresh, rejected);
    assertThat(search(Set.of(PipelineStatus.CONTACTED), List.of(), Optional.empty())).containsExactly(contacted);
    assertThat(search(Set.of(), List.of(), Optional.empty())).hasSize(3);
    assertThat(search(Set.of(PipelineStatus.ENDORSED), List.of(), Optional.empty())).isEmpty();
  }

  @Test
  void filters_by_all_of_several_skill_keys_case_insensitively() {
    Profile both = profiles.save(fixtures.profile(recruiterId,
        Fixtures.profileDetails("Both", Optional.empty(), List.of("Java", "PostgreSQL", "Docker"))));
    Profile javaOnly = profiles.save(fixtures.profile(recruiterId,
        Fixtures.profileDetails("Java only", Optional.empty(), List.of("java"))));

    assertThat(search(Set.of(), List.of("JAVA", "postgresql"), Optional.empty())).containsExactly(both);
    assertThat(search(Set.of(), List.of("Java"), Optional.empty())).containsExactlyInAnyOrder(both, javaOnly);
    assertThat(search(Set.of(), List.of("java", "kotlin"), Optional.empty())).isEmpty();
  }

  @Test
  void filters_by_text_in_the_name_or_headline_case_insensitively() {
    Profile byName = profiles.save(fixtures.profile(recruiterId, ProfileDetails.named("José Ñúñez")));
    Profile byHeadline = profiles.save(fixtures.profile(recruiterId,
        Fixtures.fullProfileDetails(Email.of("engine@example.com"))));
    profiles.save(fixtures.profile(recruiterId, ProfileDetails.named("Someone Else")));

    assertThat(search(Set.of(), List.of(), Optional.of("JOSÉ"))).containsExactly(byName);
    assertThat(search(Set.of(), List.of(), Optional.of("ENGINE PROG"))).containsExactly(byHeadline);
    assertThat(search(Set.of(), List.of(), Optional.of("%"))).isEmpty();
  }

  @Test
  void combines_every_filter() {
    Profile match = profiles.save(profiles.save(fixtures.profile(recruiterId,
        Fixtures.profileDetails("Linus", Optional.empty(), List.of("C", "Git")))).moveTo(PipelineStatus.CONTACTED,
        fixtures.now()));
    profiles.save(fixtures.profile(recruiterId, Fixtures.profileDetails("Linus", Optional.empty(), List.of("C"))));
    profiles.save(fixtures.profile(fixtures.recruiterId(),
        Fixtures.profileDetails("Linus", Optional.empty(), List.of("C", "Git"))));

    Page<Profile> page = profiles.search(new ProfileSearch(recruiterId,
        Set.of(PipelineStatus.CONTACTED, PipelineStatus.NEW), List.of("git", "c"), Optional.of("lin")),
        PageRequest.first(5));

    assertThat(page.items()).containsExactly(match);
    assertThat(page.total()).isEqualTo(1);
  }

  private List<Profile> search(Set<PipelineStatus> statuses, List<String> skills, Optional<String> text) {
    return profiles.search(new ProfileSearch(recruiterId, statuses, skills, text), PageRequest.first(50)).items();
  }

  private Profile profile(UUID id, String name, Instant createdAt) {
    return Profile.create(new ProfileId(id), recruiterId, ProfileDetails.named(name), ProfileSource.CV, createdAt);
  }
}
