package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
import dev.hireloop.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EmailRepository} (the stored e-mail outbox) promises. Subclasses return an isolated store. */
public abstract class EmailRepositoryContract {
  private static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
      "PRODID:-//Hireloop//Scheduling//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
      "UID:5f0c4a52-3c1e-4d0b-9a57-5d2b1c9e8f10@hireloop.dev", "SEQUENCE:0", "DTSTAMP:20300115T090000Z",
      "DTSTART;TZID=Europe/Berlin:20300116T100000", "DTEND;TZID=Europe/Berlin:20300116T104500",
      "SUMMARY:Interview – Zoë Ångström", "ORGANIZER;CN=\"Ada Recruiter\":mailto:ada@example.com",
      "ATTENDEE;CN=Zoë;RSVP=TRUE:mailto:zoe@example.org", "END:VEVENT", "END:VCALENDAR", "");

  protected final Fixtures fixtures = new Fixtures();
  private Persistence persistence;
  private EmailRepository emails;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    persistence = newPersistence();
    emails = persistence.emails();
  }

  @Test
  void returns_empty_for_an_unknown_id_or_recruiter() {
    assertThat(emails.findById(fixtures.uuid())).isEmpty();
    Page<StoredEmail> page = emails.list(fixtures.recruiterId(), Set.of(), PageRequest.first(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }

  @Test
  void stores_a_minimal_message_as_version_one_and_reads_it_back_equal() {
    StoredEmail email = minimal(fixtures.uuid(), fixtures.recruiterId(), fixtures.now(), EmailStatus.KEPT);

    StoredEmail saved = emails.save(email);

    assertThat(saved).isEqualTo(withVersion(email, 1));
    StoredEmail read = emails.findById(email.message().id()).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.message().from().name()).isEmpty();
    assertThat(read.message().replyTo()).isEmpty();
    assertThat(read.message().htmlBody()).isEmpty();
    assertThat(read.message().attachments()).isEmpty();
    assertThat(read.lastError()).isEmpty();
    assertThat(read.sentAt()).isEmpty();
  }

  @Test
  void round_trips_every_field_with_unicode_names_html_and_attachments_byte_for_byte() {
    byte[] random = randomBytes(1024 * 1024, 42);
    byte[] ics = ICS.getBytes(StandardCharsets.UTF_8);
    EmailMessage message = new EmailMessage(fixtures.uuid(), EmailAddress.of("Ada Lovelace – Recruiting 🚀",
        Email.of("ada@example.com")), List.of(EmailAddress.of("Zoë Ångström 山田", Email.of("zoe@example.org")),
        new EmailAddress(Optional.empty(), Email.of("bob.o'neil+jobs@example.net")),
        EmailAddress.of("\"Quoted\", <Name>", Email.of("q@example.de"))),
        Optional.of(EmailAddress.of("Équipe RH", Email.of("hr@example.com"))),
        "Interview bestätigt: Mittwoch, 16. Januar – 10:00 (Europe/Berlin) 面接 ✅",
        "Hallo Zoë,\r\n\r\nIhr Interview ist bestätigt.\n\tWann: 10:00–10:45\n\nGrüße\n— Ada\n",
        Optional.of("<!doctype html><html><body><p>Hallo <b>Zoë</b> &amp; team,</p>\n<p style=\"color:#333\">"
            + "Interview bestätigt ✅</p><a href=\"https://example.com/b?x=1&y=2\">Reschedule</a></body></html>"),
        List.of(new EmailAttachment("invite.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics),
            new EmailAttachment("random.bin", "application/octet-stream", random),
            new EmailAttachment("empty.txt", "text/plain", new byte[0])));
    Instant created = fixtures.now();
    StoredEmail email = new StoredEmail(message, fixtures.recruiterId(), "booking.confirmed", EmailStatus.SENT, 3,
        Optional.of("smtp.timeout"), created, created.plusSeconds(90), Optional.of(created.plusSeconds(91)),
        Version.initial());

    StoredEmail saved = emails.save(email);

    StoredEmail read = emails.findById(message.id()).orElseThrow();
    assertThat(read).isEqualTo(saved).isEqualTo(withVersion(email, 1));
    assertThat(read.message().attachments()).extracting(EmailAttachment::fileName)
        .containsExactly("invite.ics", "random.bin", "empty.txt");
    assertThat(read.message().attachments().get(0).content()).isEqualTo(ics);
    assertThat(new String(read.message().attachments().get(0).content(), StandardCharsets.UTF_8)).isEqualTo(ICS);
    assertThat(read.message().attachments().get(1).content()).hasSize(1024 * 1024).isEqualTo(random);
    assertThat(read.message().attachments().get(2).content()).isEmpty();
    assertThat(read.message().textBody()).contains("\r\n\r\n").contains("\n\t");
    assertThat(emails.list(email.recruiterId(), Set.of(), PageRequest.first(10)).items()).containsExactly(read);
  }

  @Test
  void round_trips_no_one_or_several_attachments_in_order() {
    RecruiterId recruiter = fixtures.recruiterId();
    List<List<EmailAttachment>> cases = List.of(List.of(),
        List.of(new EmailAttachment("invite.ics", "text/calendar; charset=UTF-8",
            ICS.getBytes(StandardCharsets.UTF_8))),
        List.of(new EmailAttachment("b.bin", "application/octet-stream", randomBytes(3000, 1)),
            new EmailAttachment("a.bin", "application/octet-stream", randomBytes(10, 2)),
            new EmailAttachment("c.pdf", "application/pdf", randomBytes(70_000, 3)),
            new EmailAttachment("a.bin", "application/octet-stream", randomBytes(10, 2))));

    for (List<EmailAttachment> attachments : cases) {
      StoredEmail saved = emails.save(withAttachments(
          minimal(fixtures.uuid(), recruiter, fixtures.now(), EmailStatus.QUEUED), attachments));

      assertThat(emails.findById(saved.message().id()).orElseThrow().message().attachments())
          .containsExactlyElementsOf(attachments);
    }
  }

  @Test
  void keeps_the_largest_bodies_and_attachment_a_message_may_have() {
    String text = "Grüße 山田 ".repeat(EmailMessage.MAX_BODY / 10);
    String html = "<p>é</p>\n".repeat(EmailMessage.MAX_BODY / 9);
    byte[] largest = randomBytes(EmailAttachment.MAX_BYTES, 7);
    StoredEmail minimal = minimal(fixtures.uuid(), fixtures.recruiterId(), fixtures.now(), EmailStatus.QUEUED);
    EmailMessage message = minimal.message();
    StoredEmail email = withMessage(minimal, new EmailMessage(message.id(), message.from(), message.to(),
        message.replyTo(), "x".repeat(300), text, Optional.of(html),
        List.of(new EmailAttachment("large.bin", "application/octet-stream", largest))));

    StoredEmail saved = emails.save(email);

    StoredEmail read = emails.findById(message.id()).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.message().textBody()).hasSize(text.length());
    assertThat(read.message().attachments().get(0).content()).isEqualTo(largest);
  }

  @Test
  void an_update_stores_the_next_version_and_exactly_the_new_fields_and_attachments() {
    StoredEmail first = withAttachments(minimal(fixtures.uuid(), fixtures.recruiterId(), fixtures.now(),
        EmailStatus.QUEUED), List.of(new EmailAttachment("one.txt", "text/plain", new byte[] {1, 2, 3}),
        new EmailAttachment("two.txt", "text/plain", new byte[] {4})));
    StoredEmail saved = emails.save(first);
    StoredEmail failedOnce = new StoredEmail(saved.message(), saved.recruiterId(), saved.purpose(),
        EmailStatus.QUEUED, 1, Optional.of("smtp.unavailable"), saved.createdAt(), saved.updatedAt().plusSeconds(60),
        Optional.empty(), saved.version());
    StoredEmail retried = emails.save(failedOnce);
    StoredEmail sent = new StoredEmail(withAttachments(retried, List.of(
        new EmailAttachment("two.txt", "text/plain", new byte[] {5, 6}))).message(), retried.recruiterId(),
        retried.purpose(), EmailStatus.SENT, 2, Optional.empty(), retried.createdAt(),
        retried.updatedAt().plusSeconds(60), Optional.of(retried.updatedAt().plusSeconds(61)), retried.version());

    StoredEmail stored = emails.save(sent);

    assertThat(retried.version()).isEqualTo(new Version(2));
    assertThat(stored.version()).isEqualTo(new Version(3));
    StoredEmail read = emails.findById(first.message().id()).orElseThrow();
    assertThat(read).isEqualTo(stored);
    assertThat(read.lastError()).isEmpty();
    assertThat(read.message().attachments()).containsExactly(
        new EmailAttachment("two.txt", "text/plain", new byte[] {5, 6}));
  }

  @Test
  void rejects_a_stale_write() {
    StoredEmail saved = emails.save(minimal(fixtures.uuid(), fixtures.recruiterId(), fixtures.now(),
        EmailStatus.QUEUED));
    StoredEmail current = emails.save(withStatus(saved, EmailStatus.SENT));

    assertThatThrownBy(() -> emails.save(withStatus(saved, EmailStatus.FAILED)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email.stale"));
    assertThat(emails.findById(saved.message().id())).contains(current);
  }

  @Test
  void rejects_an_update_of_a_message_never_stored_and_a_second_insert_of_the_same_id() {
    StoredEmail neverStored = withVersion(minimal(fixtures.uuid(), fixtures.recruiterId(), fixtures.now(),
        EmailStatus.QUEUED), 1);
    StoredEmail email = minimal(fixtures.uuid(), fixtures.recruiterId(), fixtures.now(), EmailStatus.KEPT);
    StoredEmail saved = emails.save(email);
    StoredEmail sameIdOtherContent = withAttachments(withStatus(email, EmailStatus.QUEUED),
        List.of(new EmailAttachment("x.txt", "text/plain", new byte[] {9})));

    assertThatThrownBy(() -> emails.save(neverStored))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email.stale"));
    assertThatThrownBy(() -> emails.save(sameIdOtherContent))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email.stale"));
    assertThat(emails.findById(neverStored.message().id())).isEmpty();
    assertThat(emails.findById(email.message().id())).contains(saved);
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.123456789Z");
    StoredEmail minimal = minimal(fixtures.uuid(), fixtures.recruiterId(), withNanos, EmailStatus.SENT);
    StoredEmail email = new StoredEmail(minimal.message(), minimal.recruiterId(), minimal.purpose(),
        minimal.status(), 1, Optional.empty(), withNanos, withNanos.plusNanos(1), Optional.of(withNanos.plusNanos(999)),
        Version.initial());

    StoredEmail saved = emails.save(email);

    Instant micros = withNanos.truncatedTo(ChronoUnit.MICROS);
    assertThat(saved.createdAt()).isEqualTo(micros);
    assertThat(saved.updatedAt()).isEqualTo(micros);
    assertThat(saved.sentAt()).contains(micros.plusNanos(1000));
    assertThat(emails.findById(email.message().id())).contains(saved);
  }

  @Test
  void lists_only_the_recruiters_messages_newest_first_with_ties_by_id_descending() {
    RecruiterId recruiter = fixtures.recruiterId();
    Instant earlier = fixtures.now();
    Instant later = earlier.plusSeconds(60);
    // ids whose first bit differs: databases order UUIDs by their bytes, unsigned
    StoredEmail tieLow = emails.save(minimal(new UUID(0x7000_0000_0000_4000L, 0x8000_0000_0000_0001L), recruiter,
        later, EmailStatus.KEPT));
    StoredEmail oldest = emails.save(withAttachments(minimal(fixtures.uuid(), recruiter, earlier, EmailStatus.KEPT),
        List.of(new EmailAttachment("a.txt", "text/plain", new byte[] {1}))));
    StoredEmail tieHigh = emails.save(withAttachments(minimal(new UUID(0x9000_0000_0000_4000L,
        0x8000_0000_0000_0001L), recruiter, later, EmailStatus.KEPT), List.of(
        new EmailAttachment("b.txt", "text/plain", new byte[] {2}),
        new EmailAttachment("c.txt", "text/plain", new byte[] {3}))));
    StoredEmail newest = emails.save(minimal(fixtures.uuid(), recruiter, later.plusMillis(1), EmailStatus.SENT));
    emails.save(minimal(fixtures.uuid(), fixtures.recruiterId(), later.plusSeconds(60), EmailStatus.KEPT));

    Page<StoredEmail> page = emails.list(recruiter, Set.of(), PageRequest.first(10));

    assertThat(page.items()).containsExactly(newest, tieHigh, tieLow, oldest);
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void filters_by_a_set_of_statuses_and_an_empty_set_means_every_status() {
    RecruiterId recruiter = fixtures.recruiterId();
    StoredEmail kept = emails.save(minimal(fixtures.uuid(), recruiter, fixtures.now(), EmailStatus.KEPT));
    StoredEmail queued = emails.save(minimal(fixtures.uuid(), recruiter, fixtures.now().plusSeconds(1),
        EmailStatus.QUEUED));
    StoredEmail sent = emails.save(minimal(fixtures.uuid(), recruiter, fixtures.now().plusSeconds(2),
        EmailStatus.SENT));
    StoredEmail failed = emails.save(minimal(fixtures.uuid(), recruiter, fixtures.now().plusSeconds(3),
        EmailStatus.FAILED));
    emails.save(minimal(fixtures.uuid(), fixtures.recruiterId(), fixtures.now(), EmailStatus.FAILED));

    assertThat(list(recruiter, Set.of())).containsExactly(failed, sent, queued, kept);
    assertThat(list(recruiter, EnumSet.allOf(EmailStatus.class))).containsExactly(failed, sent, queued, kept);
    assertThat(list(recruiter, Set.of(EmailStatus.FAILED))).containsExactly(failed);
    assertThat(list(recruiter, EnumSet.of(EmailStatus.QUEUED, EmailStatus.KEPT))).containsExactly(queued, kept);
    assertThat(list(recruiter, EnumSet.of(EmailStatus.SENT, EmailStatus.FAILED, EmailStatus.KEPT)))
        .containsExactly(failed, sent, kept);
    assertThat(emails.list(recruiter, Set.of(EmailStatus.SENT, EmailStatus.QUEUED), PageRequest.first(1)).total())
        .isEqualTo(2);
  }

  @Test
  void pages_through_the_messages_with_the_total_count() {
    RecruiterId recruiter = fixtures.recruiterId();
    List<StoredEmail> saved = new ArrayList<>();
    for (int minutes = 5; minutes >= 1; minutes--) {
      saved.add(emails.save(minimal(fixtures.uuid(), recruiter, fixtures.now().plusSeconds(60L * minutes),
          EmailStatus.KEPT)));
    }

    Page<StoredEmail> first = emails.list(recruiter, Set.of(), new PageRequest(0, 2));
    Page<StoredEmail> second = emails.list(recruiter, Set.of(), new PageRequest(2, 2));
    Page<StoredEmail> last = emails.list(recruiter, Set.of(), new PageRequest(4, 2));
    Page<StoredEmail> beyond = emails.list(recruiter, Set.of(), new PageRequest(10, 2));

    assertThat(first.items()).containsExactly(saved.get(0), saved.get(1));
    assertThat(second.items()).containsExactly(saved.get(2), saved.get(3));
    assertThat(last.items()).containsExactly(saved.get(4));
    assertThat(beyond.items()).isEmpty();
    assertThat(List.of(first, second, last, beyond)).allSatisfy(page -> assertThat(page.total()).isEqualTo(5));
    assertThat(first.hasMore()).isTrue();
    assertThat(last.hasMore()).isFalse();
    assertThat(second.offset()).isEqualTo(2);
    assertThat(second.limit()).isEqualTo(2);
  }

  @Test
  void a_save_inside_a_transaction_that_rolls_back_leaves_nothing() {
    RecruiterId recruiter = fixtures.recruiterId();
    StoredEmail existing = emails.save(withAttachments(minimal(fixtures.uuid(), recruiter, fixtures.now(),
        EmailStatus.QUEUED), List.of(new EmailAttachment("keep.txt", "text/plain", new byte[] {1}))));
    StoredEmail added = withAttachments(minimal(fixtures.uuid(), recruiter, fixtures.now().plusSeconds(1),
        EmailStatus.KEPT), List.of(new EmailAttachment("invite.ics", "text/calendar",
        ICS.getBytes(StandardCharsets.UTF_8))));
    StoredEmail changed = withAttachments(withStatus(existing, EmailStatus.SENT), List.of());

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      emails.save(added);
      emails.save(changed);
      assertThat(emails.findById(added.message().id())).isPresent();
      throw new IllegalStateException("undo");
    })).isInstanceOf(IllegalStateException.class).hasMessage("undo");

    assertThat(emails.findById(added.message().id())).isEmpty();
    assertThat(emails.findById(existing.message().id())).contains(existing);
    assertThat(emails.list(recruiter, Set.of(), PageRequest.first(10)).items()).containsExactly(existing);
    assertThat(emails.save(added).version()).isEqualTo(new Version(1));
  }

  @Test
  void a_stale_write_inside_a_transaction_has_no_effect_and_the_transaction_goes_on() {
    RecruiterId recruiter = fixtures.recruiterId();
    StoredEmail existing = emails.save(minimal(fixtures.uuid(), recruiter, fixtures.now(), EmailStatus.KEPT));
    StoredEmail other = minimal(fixtures.uuid(), recruiter, fixtures.now().plusSeconds(1), EmailStatus.KEPT);

    StoredEmail committed = persistence.transactions().inTransaction(() -> {
      // a second insert of a stored id (a unique violation in the database) and an update of an old version
      for (StoredEmail stale : List.of(withVersion(withStatus(existing, EmailStatus.SENT), 0),
          withVersion(withStatus(existing, EmailStatus.SENT), 7))) {
        assertThatThrownBy(() -> emails.save(stale))
            .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email.stale"));
      }
      return emails.save(other);
    });

    assertThat(emails.findById(existing.message().id())).contains(existing);
    assertThat(emails.findById(other.message().id())).contains(committed);
  }

  @Test
  void finds_the_due_queued_messages_of_every_recruiter_longest_due_first() {
    Instant now = fixtures.now();
    RecruiterId ada = fixtures.recruiterId();
    RecruiterId bob = fixtures.recruiterId();
    StoredEmail longestDue = emails.save(queued(fixtures.uuid(), bob, now.minusSeconds(300), now.minusSeconds(1800)));
    StoredEmail retried = emails.save(withNextAttempt(withAttachments(minimal(fixtures.uuid(), ada,
        now.minusSeconds(600), EmailStatus.QUEUED), List.of(new EmailAttachment("invite.ics", "text/calendar",
        ICS.getBytes(StandardCharsets.UTF_8)))), now.minusSeconds(60)));
    // same due time and creation time: ordered by id, as the databases order UUIDs (bytes, unsigned)
    StoredEmail tieHigh = emails.save(queued(new UUID(0x9000_0000_0000_4000L, 0x8000_0000_0000_0001L), ada,
        now.minusSeconds(30), now));
    StoredEmail tieLow = emails.save(queued(new UUID(0x7000_0000_0000_4000L, 0x8000_0000_0000_0001L), bob,
        now.minusSeconds(30), now));
    emails.save(queued(fixtures.uuid(), ada, now.minusSeconds(900), now.plusNanos(1000)));
    for (EmailStatus status : List.of(EmailStatus.KEPT, EmailStatus.SENT, EmailStatus.FAILED)) {
      emails.save(minimal(fixtures.uuid(), ada, now.minusSeconds(3600), status));
    }

    assertThat(emails.findDue(now, 10)).containsExactly(longestDue, retried, tieLow, tieHigh);
    assertThat(emails.findDue(now, 2)).containsExactly(longestDue, retried);
    assertThat(emails.findDue(now.minusSeconds(61), 10)).containsExactly(longestDue);
    assertThat(emails.findDue(now.minusSeconds(3600), 10)).isEmpty();
  }

  @Test
  void a_claim_moves_the_next_attempt_ahead_and_a_second_claim_of_the_same_read_is_stale() {
    Instant now = fixtures.now();
    emails.save(queued(fixtures.uuid(), fixtures.recruiterId(), now, now));
    StoredEmail read = emails.findDue(now, 10).get(0);
    Instant leaseEnd = now.plusSeconds(900).plusNanos(123_456_789);

    StoredEmail claimed = emails.save(withNextAttempt(read, leaseEnd));

    assertThatThrownBy(() -> emails.save(withNextAttempt(read, leaseEnd.plusSeconds(1))))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("email.stale"));
    assertThat(claimed.nextAttemptAt()).contains(leaseEnd.truncatedTo(ChronoUnit.MICROS));
    assertThat(emails.findDue(now.plusSeconds(899), 10)).isEmpty();
    assertThat(emails.findDue(leaseEnd, 10)).containsExactly(claimed);
    assertThat(emails.findById(read.message().id())).contains(claimed);
  }

  @Test
  void a_message_leaves_the_queue_once_sent_or_failed() {
    Instant now = fixtures.now();
    StoredEmail toSend = emails.save(queued(fixtures.uuid(), fixtures.recruiterId(), now, now));
    StoredEmail toFail = emails.save(queued(fixtures.uuid(), fixtures.recruiterId(), now, now));

    StoredEmail sent = emails.save(withStatus(toSend, EmailStatus.SENT));
    StoredEmail failed = emails.save(withStatus(toFail, EmailStatus.FAILED));

    assertThat(emails.findDue(now.plusSeconds(3600), 10)).isEmpty();
    assertThat(sent.nextAttemptAt()).isEmpty();
    assertThat(emails.findById(toFail.message().id())).contains(failed);
  }

  private List<StoredEmail> list(RecruiterId recruiter, Set<EmailStatus> statuses) {
    return emails.list(recruiter, statuses, PageRequest.first(50)).items();
  }

  private StoredEmail minimal(UUID id, RecruiterId recruiter, Instant createdAt, EmailStatus status) {
    EmailMessage message = new EmailMessage(id, new EmailAddress(Optional.empty(), Email.of("noreply@example.com")),
        List.of(new EmailAddress(Optional.empty(), Email.of("candidate@example.org"))), Optional.empty(),
        "Your interview", "See you then.", Optional.empty(), List.of());
    return new StoredEmail(message, recruiter, "booking.confirmed", status, 0, Optional.empty(), createdAt,
        createdAt, Optional.empty(), Version.initial());
  }

  private StoredEmail queued(UUID id, RecruiterId recruiter, Instant createdAt, Instant nextAttemptAt) {
    StoredEmail email = minimal(id, recruiter, createdAt, EmailStatus.QUEUED);
    return withNextAttempt(email, nextAttemptAt);
  }

  private static StoredEmail withNextAttempt(StoredEmail email, Instant nextAttemptAt) {
    return new StoredEmail(email.message(), email.recruiterId(), email.purpose(), EmailStatus.QUEUED,
        email.attempts(), email.lastError(), email.createdAt(), email.updatedAt(), email.sentAt(),
        Optional.of(nextAttemptAt), email.version());
  }

  private static StoredEmail withMessage(StoredEmail email, EmailMessage message) {
    return new StoredEmail(message, email.recruiterId(), email.purpose(), email.status(), email.attempts(),
        email.lastError(), email.createdAt(), email.updatedAt(), email.sentAt(), email.version());
  }

  private static StoredEmail withAttachments(StoredEmail email, List<EmailAttachment> attachments) {
    EmailMessage message = email.message();
    return withMessage(email, new EmailMessage(message.id(), message.from(), message.to(), message.replyTo(),
        message.subject(), message.textBody(), message.htmlBody(), attachments));
  }

  private static StoredEmail withStatus(StoredEmail email, EmailStatus status) {
    return new StoredEmail(email.message(), email.recruiterId(), email.purpose(), status, email.attempts() + 1,
        email.lastError(), email.createdAt(), email.updatedAt().plusSeconds(1), email.sentAt(), email.version());
  }

  private static StoredEmail withVersion(StoredEmail email, long version) {
    return new StoredEmail(email.message(), email.recruiterId(), email.purpose(), email.status(), email.attempts(),
        email.lastError(), email.createdAt(), email.updatedAt(), email.sentAt(), new Version(version));
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
