package dev.hireloop.application;

import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.matching.ProfileMatched;
import dev.hireloop.domain.profile.CvReceived;
import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.cv.CvIntakeView;
import dev.hireloop.port.in.cv.DocumentFile;
import dev.hireloop.port.in.cv.EraseProfileDocumentCommand;
import dev.hireloop.port.in.cv.IntakeCvCommand;
import dev.hireloop.port.in.cv.ProfileDocumentView;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.in.matching.ListProfileMatchesQuery;
import dev.hireloop.port.in.matching.MatchView;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.profile.ListProfilesQuery;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.out.documents.DocumentUpload;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.persistence.CvRepository;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.persistence.StoredCv;
import dev.hireloop.testing.Fixtures;
import dev.hireloop.testing.ForwardingPersistence;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import dev.hireloop.testing.TextOnlyDocuments;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CV intake, the stored documents and their erasure through {@link Hireloop}, on every persistence adapter: a CV
 * creates a profile or updates the one with its e-mail address (history kept), and any failure leaves nothing
 * behind. The document reader is {@link TextOnlyDocuments}; the parser is the real one.
 */
public abstract class CvIntakeUseCasesContract {
  private static final Instant START = Instant.parse("2030-01-14T08:00:00Z");
  private static final String GRACE_CV = """
      Grace Hopper
      grace@example.org | +1 415 555 0123 | Arlington, VA

      Experience
      Senior Software Engineer, Acme Corp, Jan 2019 – Present
      • Built payment services in Java and PostgreSQL
      Software Engineer, Navy Systems, 2012 – 2018
      • Wrote compilers in COBOL

      Skills
      Java, PostgreSQL, Kubernetes

      Education
      BSc Mathematics, Vassar College, 2011
      """;

  private final MutableClock clock = MutableClock.at(START);
  private final SequentialIds ids = new SequentialIds();
  private final TextOnlyDocuments documents = new TextOnlyDocuments(64 * 1024);
  private Persistence persistence;
  private Hireloop hireloop;
  private RecruiterId ada;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void create_store() {
    persistence = newPersistence();
    hireloop = builder(persistence).build();
    ada = recruiter("ada@example.com");
  }

  @Test
  void a_cv_with_a_new_email_address_creates_a_profile_with_its_document_and_reading() {
    byte[] bytes = GRACE_CV.getBytes(StandardCharsets.UTF_8);

    CvIntakeView view = intake(ada, "Grace Hopper CV.txt", GRACE_CV);

    assertThat(view.created()).isTrue();
    assertThat(view.keptFields()).isEmpty();
    ProfileDetails details = view.profile().details();
    assertThat(details.fullName()).isEqualTo("Grace Hopper");
    assertThat(details.email()).contains(Email.of("grace@example.org"));
    assertThat(details.skills()).extracting(Skill::name).contains("Java", "PostgreSQL");
    assertThat(view.profile().source()).isEqualTo(ProfileSource.CV);
    assertThat(view.profile().status()).isEqualTo(PipelineStatus.CV_RECEIVED);
    assertThat(view.parsed().fullName()).hasValueSatisfying(name -> assertThat(name.confidence()).isPositive());
    ProfileDocumentView document = view.document();
    assertThat(document.fileName()).isEqualTo("Grace Hopper CV.txt");
    assertThat(document.mediaType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(document.size()).isEqualTo(bytes.length);
    assertThat(document.sha256()).isEqualTo(sha256(bytes));
    assertThat(document.profileVersion()).isEqualTo(view.profile().version());
    assertThat(document.createdProfile()).isTrue();
    DocumentFile file = hireloop.downloadProfileDocument().download(ada, view.profile().id(), document.id());
    assertThat(file.content()).isEqualTo(bytes);
    assertThat(file.mediaType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(persistence.cvs().history(view.profile().id())).singleElement()
        .satisfies(cv -> assertThat(cv.parsed()).isEqualTo(view.parsed()));
    assertThat(eventTypes()).contains("ProfileCreated", "ProfileStatusChanged", "CvReceived");
    CvReceived received = events(CvReceived.class).get(0);
    assertThat(received.profileId()).isEqualTo(view.profile().id());
    assertThat(received.documentId()).isEqualTo(document.id());
    AuditEntry audit = audit("cv.received");
    assertThat(audit.details()).containsEntry("outcome", "created").containsEntry("type", "plain_text")
        .containsEntry("document", document.id().toString());
    assertThat(audit.details().values()).noneMatch(value -> value.contains("Grace") || value.contains("@"));
  }

  @Test
  void a_second_cv_for_the_same_email_updates_the_profile_keeps_what_was_typed_and_keeps_the_history() {
    ProfileDetails typed = new ProfileDetails("Grace B. Hopper", Optional.of(Email.of("grace@example.org")),
        Optional.empty(), Optional.of("New York, NY"), Optional.empty(), Optional.empty(), List.of(Skill.of("COBOL")),
        Optional.empty(), Optional.empty());
    ProfileId grace = hireloop.createProfile().create(new CreateProfileCommand(ada, typed, ProfileSource.MANUAL))
        .id();
    clock.advance(Duration.ofMinutes(1));

    CvIntakeView first = intake(ada, "cv.txt", GRACE_CV);
    clock.advance(Duration.ofMinutes(1));
    CvIntakeView second = intake(ada, "cv-2024.txt", GRACE_CV.replace("Kubernetes", "Kubernetes, Terraform"));

    assertThat(first.created()).isFalse();
    assertThat(first.profile().id()).isEqualTo(grace);
    assertThat(second.profile().id()).isEqualTo(grace);
    ProfileDetails details = second.profile().details();
    assertThat(details.fullName()).isEqualTo("Grace B. Hopper");
    assertThat(details.location()).contains("New York, NY");
    assertThat(details.phone()).isPresent();
    assertThat(details.skills().get(0)).isEqualTo(Skill.of("COBOL"));
    assertThat(details.skills()).extracting(Skill::name).contains("Java", "Terraform");
    assertThat(first.keptFields()).contains("full_name", "location");
    assertThat(second.profile().source()).isEqualTo(ProfileSource.MANUAL);
    List<ProfileDocumentView> history = hireloop.listProfileDocuments().list(ada, grace);
    assertThat(history).extracting(ProfileDocumentView::fileName).containsExactly("cv-2024.txt", "cv.txt");
    assertThat(history).extracting(ProfileDocumentView::profileVersion)
        .containsExactly(second.profile().version(), first.profile().version());
    assertThat(second.profile().version()).isGreaterThan(first.profile().version());
    assertThat(history).noneMatch(ProfileDocumentView::createdProfile);
    assertThat(hireloop.listProfiles().list(new ListProfilesQuery(ada, Set.of(), List.of(), Optional.empty(),
        PageRequest.first(10))).total()).isEqualTo(1);
  }

  @Test
  void the_same_email_at_another_recruiter_creates_that_recruiters_own_profile() {
    RecruiterId bob = recruiter("bob@example.com");
    ProfileId adas = intake(ada, "cv.txt", GRACE_CV).profile().id();

    CvIntakeView bobs = intake(bob, "cv.txt", GRACE_CV);

    assertThat(bobs.created()).isTrue();
    assertThat(bobs.profile().id()).isNotEqualTo(adas);
  }

  @Test
  void a_cv_without_an_email_address_creates_a_new_profile_each_time() {
    String noEmail = GRACE_CV.replace("grace@example.org | ", "");

    CvIntakeView first = intake(ada, "cv.txt", noEmail);
    CvIntakeView second = intake(ada, "cv.txt", noEmail);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isTrue();
    assertThat(second.profile().id()).isNotEqualTo(first.profile().id());
  }

  @Test
  void a_cv_that_names_nobody_and_matches_no_profile_is_refused_and_stores_nothing() {
    assertRefusedWithNothingStored(() -> intake(ada, "cv.txt", "Skills\nJava, PostgreSQL\n"), "cv.no-name");
  }

  @Test
  void a_document_the_reader_refuses_stores_nothing() {
    assertRefusedWithNothingStored(() -> hireloop.intakeCv().intake(new IntakeCvCommand(ada,
        new DocumentUpload("photo.png", Optional.of("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF})
    )), "document.unsupported-type");
  }

  @Test
  void a_document_over_the_cap_is_refused_before_it_is_read() {
    byte[] large = new byte[64 * 1024 + 1];
    Arrays.fill(large, (byte) 'a');

    assertRefusedWithNothingStored(() -> hireloop.intakeCv().intake(new IntakeCvCommand(ada,
        new DocumentUpload("cv.txt", Optional.empty(), large))), "document.too-large");
    assertThat(documents.calls()).isZero();
  }

  @Test
  void without_a_document_reader_intake_is_unavailable() {
    Hireloop without = Hireloop.builder().persistence(persistence).clock(clock).ids(ids).build();

    assertThatThrownBy(() -> without.intakeCv().intake(new IntakeCvCommand(ada, upload("cv.txt", GRACE_CV))))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("cv.intake-unavailable"));
  }

  @Test
  void a_storage_failure_after_the_profile_was_written_leaves_nothing_behind() {
    Hireloop failing = builder(new FailingCvStore(persistence)).build();

    assertRefusedWithNothingStored(() -> failing.intakeCv().intake(new IntakeCvCommand(ada,
        upload("cv.txt", GRACE_CV))), "database.unavailable");
  }

  @Test
  void an_update_that_fails_to_store_leaves_the_profile_as_it_was() {
    CvIntakeView first = intake(ada, "cv.txt", GRACE_CV);
    Hireloop failing = builder(new FailingCvStore(persistence)).build();

    assertThatThrownBy(() -> failing.intakeCv().intake(new IntakeCvCommand(ada,
        upload("cv.txt", GRACE_CV.replace("Kubernetes", "Terraform"))))).isInstanceOf(ExternalServiceException.class);

    assertThat(hireloop.getProfile().get(ada, first.profile().id())).isEqualTo(first.profile());
    assertThat(hireloop.listProfileDocuments().list(ada, first.profile().id())).hasSize(1);
  }

  @Test
  void erasing_a_document_removes_its_bytes_and_reading_and_audits_ids_only() {
    CvIntakeView first = intake(ada, "Grace Hopper CV.txt", GRACE_CV);
    clock.advance(Duration.ofMinutes(1));
    CvIntakeView second = intake(ada, "cv.txt", GRACE_CV);
    ProfileId grace = first.profile().id();

    hireloop.eraseProfileDocument().erase(new EraseProfileDocumentCommand(ada, grace, first.document().id()));

    assertThat(hireloop.listProfileDocuments().list(ada, grace)).extracting(ProfileDocumentView::id)
        .containsExactly(second.document().id());
    assertThat(persistence.cvs().content(first.document().id())).isEmpty();
    assertThat(persistence.cvs().findByDocument(first.document().id())).isEmpty();
    assertThatThrownBy(() -> hireloop.downloadProfileDocument().download(ada, grace, first.document().id()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("document.not-found"));
    AuditEntry audit = audit("cv.erased");
    assertThat(audit.details()).containsOnly(Map.entry("document", first.document().id().toString()));
    assertThat(hireloop.getProfile().get(ada, grace).details().fullName()).isEqualTo("Grace Hopper");
  }

  @Test
  void another_recruiters_documents_are_not_found() {
    RecruiterId bob = recruiter("bob@example.com");
    CvIntakeView view = intake(ada, "cv.txt", GRACE_CV);
    ProfileId grace = view.profile().id();
    ProfileId bobsProfile = intake(bob, "cv.txt", GRACE_CV).profile().id();

    assertThatThrownBy(() -> hireloop.listProfileDocuments().list(bob, grace)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> hireloop.downloadProfileDocument().download(bob, grace, view.document().id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> hireloop.downloadProfileDocument().download(bob, bobsProfile, view.document().id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> hireloop.eraseProfileDocument().erase(new EraseProfileDocumentCommand(bob, bobsProfile,
        view.document().id()))).isInstanceOf(NotFoundException.class);
    assertThat(persistence.cvs().content(view.document().id())).isPresent();
  }

  @Test
  void a_received_cv_is_matched_to_the_recruiters_open_jobs_by_the_matching_handler() {
    JobId job = hireloop.createJob().create(new CreateJobCommand(ada,
        Fixtures.jobDetails("Backend Engineer", List.of("Java", "PostgreSQL"), List.of("Terraform")), true)).id();
    CvIntakeView view = intake(ada, "cv.txt", GRACE_CV);

    CvReceived received = events(CvReceived.class).get(0);
    hireloop.deliverEvent().deliver(new DeliverEventCommand(received.eventId(), MatchingHandler.NAME));

    List<MatchView> matches = hireloop.listProfileMatches().list(new ListProfileMatchesQuery(ada,
        view.profile().id(), 10, 0.0));
    assertThat(matches).singleElement().satisfies(match -> {
      assertThat(match.jobId()).isEqualTo(job);
      assertThat(match.result().requiredSkills()).allSatisfy(skill -> assertThat(skill.matched()).isTrue());
      assertThat(match.result().requiredSkills().get(0).evidence().orElseThrow()).contains("Java");
    });
    assertThat(events(ProfileMatched.class)).hasSize(1);
  }

  // --- helpers

  private Hireloop.Builder builder(Persistence store) {
    return Hireloop.builder().persistence(store).clock(clock).ids(ids).documentTextExtractor(documents);
  }

  private void assertRefusedWithNothingStored(Runnable intake, String code) {
    List<String> before = eventTypes();
    long profilesBefore = profileCount();
    assertThatThrownBy(intake::run)
        .isInstanceOfSatisfying(HireloopException.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(eventTypes()).isEqualTo(before);
    assertThat(profileCount()).isEqualTo(profilesBefore);
    assertThat(persistence.auditLog().list(ada, PageRequest.first(200)).items())
        .noneMatch(entry -> entry.action().equals("cv.received"));
  }

  private long profileCount() {
    return hireloop.listProfiles().list(new ListProfilesQuery(ada, Set.of(), List.of(), Optional.empty(),
        PageRequest.first(10))).total();
  }

  private RecruiterId recruiter(String email) {
    return hireloop.createRecruiter().create(new CreateRecruiterCommand("Recruiter " + email, Email.of(email),
        ZoneId.of("Europe/London"))).id();
  }

  private CvIntakeView intake(RecruiterId recruiterId, String fileName, String text) {
    return hireloop.intakeCv().intake(new IntakeCvCommand(recruiterId, upload(fileName, text)));
  }

  private static DocumentUpload upload(String fileName, String text) {
    return new DocumentUpload(fileName, Optional.of("text/plain"), text.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> eventTypes() {
    return persistence.eventOutbox().list(ada, PageRequest.first(200)).items().stream()
        .map(stored -> stored.event().eventType()).toList();
  }

  private <T extends DomainEvent> List<T> events(Class<T> type) {
    return persistence.eventOutbox().list(ada, PageRequest.first(200)).items().stream().map(StoredEvent::event)
        .filter(type::isInstance).map(type::cast).toList();
  }

  private AuditEntry audit(String action) {
    return persistence.auditLog().list(ada, PageRequest.first(200)).items().stream()
        .filter(entry -> entry.action().equals(action)).findFirst().orElseThrow();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The store as it is, except that storing a CV fails as an unreachable database would. */
  private static final class FailingCvStore extends ForwardingPersistence {
    FailingCvStore(Persistence store) {
      super(store);
    }

    @Override
    public CvRepository cvs() {
      CvRepository real = store.cvs();
      return new CvRepository() {
        @Override
        public void add(StoredCv cv, byte[] content) {
          throw new ExternalServiceException("database.unavailable", "the database is unavailable");
        }

        @Override
        public List<StoredCv> history(ProfileId profileId) {
          return real.history(profileId);
        }

        @Override
        public Optional<StoredCv> findByDocument(DocumentId documentId) {
          return real.findByDocument(documentId);
        }

        @Override
        public Optional<byte[]> content(DocumentId documentId) {
          return real.content(documentId);
        }

        @Override
        public Map<ProfileId, ParsedCv> latestParsed(RecruiterId recruiterId) {
          return real.latestParsed(recruiterId);
        }

        @Override
        public boolean erase(DocumentId documentId) {
          return real.erase(documentId);
        }
      };
    }
  }
}
