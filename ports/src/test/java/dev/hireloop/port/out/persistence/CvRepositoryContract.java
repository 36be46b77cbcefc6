package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.testing.CvSamples;
import dev.hireloop.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CvRepository} promises. Subclasses return an isolated store. */
public abstract class CvRepositoryContract {
  private static final String SHA = "a".repeat(64);

  protected final Fixtures fixtures = new Fixtures();
  private Persistence persistence;
  private CvRepository cvs;
  private RecruiterId recruiterId;
  private ProfileId profileId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    persistence = newPersistence();
    cvs = persistence.cvs();
    recruiterId = persistence.recruiters().save(fixtures.recruiter()).id();
    profileId = profile(recruiterId);
  }

  @Test
  void returns_nothing_for_an_unknown_profile_or_document() {
    assertThat(cvs.history(profileId)).isEmpty();
    assertThat(cvs.findByDocument(new DocumentId(fixtures.uuid()))).isEmpty();
    assertThat(cvs.content(new DocumentId(fixtures.uuid()))).isEmpty();
    assertThat(cvs.latestParsed(recruiterId)).isEmpty();
    assertThat(cvs.erase(new DocumentId(fixtures.uuid()))).isFalse();
  }

  @Test
  void round_trips_every_parsed_field_and_the_bytes_exactly() {
    byte[] bytes = new byte[70_000];
    new Random(7).nextBytes(bytes);
    StoredCv cv = cv(profileId, CvSamples.full("zoe@example.org"), Instant.parse("2030-01-15T09:00:00.123456789Z"));

    cvs.add(cv, bytes);

    StoredCv found = cvs.findByDocument(cv.document().id()).orElseThrow();
    assertThat(found.parsed()).isEqualTo(cv.parsed());
    assertThat(found.document().receivedAt()).isEqualTo(Instant.parse("2030-01-15T09:00:00.123456Z"));
    assertThat(found.document().fileName()).isEqualTo("Zoë Ångström – CV.pdf");
    assertThat(found.document().size()).isEqualTo(70_000);
    assertThat(found.profileVersion()).isEqualTo(2);
    assertThat(found.createdProfile()).isTrue();
    assertThat(cvs.content(cv.document().id())).hasValueSatisfying(content -> assertThat(content).isEqualTo(bytes));
  }

  @Test
  void round_trips_a_cv_with_no_fields() {
    StoredCv cv = cv(profileId, CvSamples.empty(), fixtures.now());

    cvs.add(cv, "x".getBytes(StandardCharsets.UTF_8));

    assertThat(cvs.findByDocument(cv.document().id())).contains(cv);
  }

  @Test
  void lists_a_profiles_history_newest_first_and_the_latest_cv_per_profile() {
    StoredCv first = cv(profileId, CvSamples.empty(), fixtures.now());
    StoredCv second = cv(profileId, CvSamples.full("zoe@example.org"), fixtures.now().plusSeconds(60));
    ProfileId other = profile(recruiterId);
    StoredCv ofOther = cv(other, CvSamples.full("bob@example.org"), fixtures.now());
    RecruiterId otherRecruiter = persistence.recruiters().save(fixtures.recruiter()).id();
    StoredCv ofOtherRecruiter = cv(profile(otherRecruiter), CvSamples.empty(), fixtures.now());
    for (StoredCv cv : List.of(second, first, ofOther, ofOtherRecruiter)) {
      cvs.add(cv, new byte[] {1, 2, 3});
    }

    assertThat(cvs.history(profileId)).containsExactly(second, first);
    Map<ProfileId, ParsedCv> latest = cvs.latestParsed(recruiterId);
    assertThat(latest).containsOnlyKeys(profileId, other);
    assertThat(latest.get(profileId)).isEqualTo(second.parsed());
    assertThat(latest.get(other)).isEqualTo(ofOther.parsed());
  }

  @Test
  void refuses_a_document_id_twice_and_keeps_the_first() {
    StoredCv cv = cv(profileId, CvSamples.empty(), fixtures.now());
    cvs.add(cv, new byte[] {1});

    assertThatThrownBy(() -> cvs.add(cv, new byte[] {2}))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("cv.duplicate"));
    assertThat(cvs.content(cv.document().id())).hasValueSatisfying(content -> assertThat(content).containsExactly(1));
  }

  @Test
  void erasing_removes_the_bytes_and_the_reading_and_leaves_the_rest() {
    StoredCv kept = cv(profileId, CvSamples.empty(), fixtures.now());
    StoredCv erased = cv(profileId, CvSamples.full("zoe@example.org"), fixtures.now().plusSeconds(1));
    cvs.add(kept, new byte[] {1});
    cvs.add(erased, new byte[] {2});

    assertThat(cvs.erase(erased.document().id())).isTrue();

    assertThat(cvs.findByDocument(erased.document().id())).isEmpty();
    assertThat(cvs.content(erased.document().id())).isEmpty();
    assertThat(cvs.history(profileId)).containsExactly(kept);
    assertThat(cvs.latestParsed(recruiterId)).containsEntry(profileId, kept.parsed());
    assertThat(cvs.erase(erased.document().id())).isFalse();
  }

  @Test
  void a_cv_added_in_a_failed_transaction_is_not_stored() {
    StoredCv cv = cv(profileId, CvSamples.empty(), fixtures.now());

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      cvs.add(cv, new byte[] {1});
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(cvs.findByDocument(cv.document().id())).isEmpty();
    assertThat(cvs.content(cv.document().id())).isEmpty();
  }

  private ProfileId profile(RecruiterId owner) {
    Profile profile = fixtures.profile(owner);
    return persistence.profiles().save(profile).id();
  }

  private StoredCv cv(ProfileId owner, ParsedCv parsed, Instant receivedAt) {
    RecruiterId ownerRecruiter = persistence.profiles().findById(owner).orElseThrow().recruiterId();
    return new StoredCv(new ProfileDocument(new DocumentId(fixtures.uuid()), ownerRecruiter, owner,
        "Zoë Ångström – CV.pdf", "application/pdf", 70_000, SHA, receivedAt), parsed, 2, true);
  }
}
