package dev.hireloop.domain.interview;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.minutesAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class InterviewTest {

  private static final InterviewId ID = new InterviewId(uuid(50));
  private static final ProfileId PROFILE = new ProfileId(uuid(51));
  private static final JobId JOB = new JobId(uuid(52));
  private static final BookingId BOOKING = new BookingId(uuid(53));
  private static final Instant AT = daysAfterT0(2);
  private static final String TRANSCRIPT = "Interviewer: Tell me about a system you built.\nCandidate: A booking engine.";

  private static Interview schedule(List<String> questions) {
    return Interview.schedule(ID, RECRUITER, PROFILE, Optional.of(JOB), Optional.of(BOOKING), InterviewType.TECHNICAL,
        "builtin", 30, AT, questions, T0);
  }

  private static Interview scheduled() {
    return schedule(List.of("Tell me about a system you built.", "How do you test it?"));
  }

  private static Interview started() {
    return scheduled().start(AT);
  }

  @Test
  void is_scheduled_without_a_link_start_end_or_transcript() {
    Interview interview = scheduled();

    assertThat(interview.status()).isEqualTo(InterviewStatus.SCHEDULED);
    assertThat(interview.type()).isEqualTo(InterviewType.TECHNICAL);
    assertThat(interview.provider()).isEqualTo("builtin");
    assertThat(interview.durationMinutes()).isEqualTo(30);
    assertThat(interview.scheduledAt()).isEqualTo(AT);
    assertThat(interview.jobId()).contains(JOB);
    assertThat(interview.bookingId()).contains(BOOKING);
    assertThat(interview.questions()).containsExactly("Tell me about a system you built.", "How do you test it?");
    assertThat(interview.externalId()).isEmpty();
    assertThat(interview.link()).isEmpty();
    assertThat(interview.startedAt()).isEmpty();
    assertThat(interview.endedAt()).isEmpty();
    assertThat(interview.transcript()).isEmpty();
    assertThat(interview.createdAt()).isEqualTo(T0);
    assertThat(interview.version()).isEqualTo(Version.initial());
  }

  @Test
  void copies_and_trims_the_questions() {
    List<String> questions = new ArrayList<>(List.of("  Why this role? "));

    Interview interview = schedule(questions);
    questions.add("Another?");

    assertThat(interview.questions()).containsExactly("Why this role?");
    assertThatThrownBy(() -> interview.questions().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_blank_over_long_or_too_many_questions() {
    Expect.invalid("value.blank", () -> schedule(List.of("ok?", " ")));
    Expect.invalid("value.too-long", () -> schedule(List.of("q".repeat(2_001))));
    Expect.invalid("value.too-many", () -> schedule(Collections.nCopies(101, "Why?")));
    assertThat(schedule(Collections.nCopies(100, "Why?")).questions()).hasSize(100);
    assertThat(schedule(List.of()).questions()).isEmpty();
  }

  @Test
  void rejects_a_provider_that_is_not_a_lower_case_name_and_a_duration_out_of_range() {
    Expect.invalid("interview.provider-invalid", () -> Interview.schedule(ID, RECRUITER, PROFILE, Optional.empty(),
        Optional.empty(), InterviewType.GENERAL, "HireVue", 30, AT, List.of(), T0));
    Expect.invalid("value.out-of-range", () -> Interview.schedule(ID, RECRUITER, PROFILE, Optional.empty(),
        Optional.empty(), InterviewType.GENERAL, "hirevue", 4, AT, List.of(), T0));
    Expect.invalid("value.out-of-range", () -> Interview.schedule(ID, RECRUITER, PROFILE, Optional.empty(),
        Optional.empty(), InterviewType.GENERAL, "hirevue", 241, AT, List.of(), T0));
  }

  @Test
  void records_the_providers_id_and_the_candidates_link() {
    Interview interview = scheduled()
        .withProviderReference("hv-123", URI.create("https://interview.example/i/abc"), minutesAfterT0(1));

    assertThat(interview.externalId()).contains("hv-123");
    assertThat(interview.link()).contains(URI.create("https://interview.example/i/abc"));
    assertThat(interview.updatedAt()).isEqualTo(minutesAfterT0(1));
    assertThat(interview.status()).isEqualTo(InterviewStatus.SCHEDULED);
  }

  @Test
  void starting_records_when_the_candidate_opened_it() {
    Interview interview = scheduled().start(AT.plusSeconds(30));

    assertThat(interview.status()).isEqualTo(InterviewStatus.IN_PROGRESS);
    assertThat(interview.startedAt()).contains(AT.plusSeconds(30));
    assertThat(interview.endedAt()).isEmpty();
  }

  @Test
  void completing_keeps_the_transcript_and_when_it_ended() {
    Interview done = started().complete(TRANSCRIPT, AT.plusSeconds(1_800));

    assertThat(done.status()).isEqualTo(InterviewStatus.COMPLETED);
    assertThat(done.transcript()).contains(TRANSCRIPT);
    assertThat(done.startedAt()).contains(AT);
    assertThat(done.endedAt()).contains(AT.plusSeconds(1_800));
  }

  @Test
  void an_interview_that_never_started_cannot_complete() {
    Expect.illegalTransition("interview", InterviewStatus.SCHEDULED, InterviewStatus.COMPLETED,
        () -> scheduled().complete(TRANSCRIPT, AT));
  }

  @Test
  void completing_needs_a_non_blank_bounded_transcript_without_control_characters() {
    Expect.invalid("value.blank", () -> started().complete("  \n ", AT));
    Expect.invalid("value.required", () -> started().complete(null, AT));
    Expect.invalid("value.control-character", () -> started().complete("Candidate: hi\u0000", AT));
    Expect.invalid("value.too-long", () -> started().complete("x".repeat(Interview.MAX_TRANSCRIPT + 1), AT));
    assertThat(started().complete("x".repeat(Interview.MAX_TRANSCRIPT), AT).transcript().orElseThrow())
        .hasSize(Interview.MAX_TRANSCRIPT);
  }

  @Test
  void a_completed_interview_always_has_a_transcript() {
    Expect.invalid("interview.transcript-required", () -> new Interview(ID, RECRUITER, PROFILE, Optional.empty(),
        Optional.empty(), InterviewType.GENERAL, "builtin", 30, AT, List.of(), Optional.empty(), Optional.empty(),
        InterviewStatus.COMPLETED, Optional.of(AT), Optional.of(AT), Optional.empty(), T0, T0, Version.initial()));
  }

  @Test
  void a_scheduled_or_started_interview_can_expire_or_be_cancelled() {
    Interview expired = scheduled().expire(daysAfterT0(3));
    Interview cancelled = started().cancel(AT.plusSeconds(60));

    assertThat(expired.status()).isEqualTo(InterviewStatus.EXPIRED);
    assertThat(expired.endedAt()).contains(daysAfterT0(3));
    assertThat(expired.transcript()).isEmpty();
    assertThat(cancelled.status()).isEqualTo(InterviewStatus.CANCELLED);
    assertThat(cancelled.startedAt()).contains(AT);
    assertThat(cancelled.endedAt()).contains(AT.plusSeconds(60));
    assertThat(started().expire(daysAfterT0(3)).status()).isEqualTo(InterviewStatus.EXPIRED);
    assertThat(scheduled().cancel(T0).status()).isEqualTo(InterviewStatus.CANCELLED);
  }

  @Test
  void an_ended_interview_cannot_start_complete_expire_or_be_cancelled() {
    Interview completed = started().complete(TRANSCRIPT, AT.plusSeconds(60));
    Interview cancelled = scheduled().cancel(T0);
    Interview expired = scheduled().expire(daysAfterT0(3));

    Expect.illegalTransition("interview", InterviewStatus.COMPLETED, InterviewStatus.CANCELLED,
        () -> completed.cancel(daysAfterT0(3)));
    Expect.illegalTransition("interview", InterviewStatus.COMPLETED, InterviewStatus.EXPIRED,
        () -> completed.expire(daysAfterT0(3)));
    Expect.illegalTransition("interview", InterviewStatus.COMPLETED, InterviewStatus.COMPLETED,
        () -> completed.complete("again", daysAfterT0(3)));
    Expect.illegalTransition("interview", InterviewStatus.CANCELLED, InterviewStatus.IN_PROGRESS,
        () -> cancelled.start(AT));
    Expect.illegalTransition("interview", InterviewStatus.CANCELLED, InterviewStatus.COMPLETED,
        () -> cancelled.complete(TRANSCRIPT, AT));
    Expect.illegalTransition("interview", InterviewStatus.EXPIRED, InterviewStatus.IN_PROGRESS,
        () -> expired.start(daysAfterT0(4)));
    Expect.illegalTransition("interview", InterviewStatus.IN_PROGRESS, InterviewStatus.IN_PROGRESS,
        () -> started().start(AT));
  }

  @Test
  void keeps_its_stored_version_through_every_change() {
    Interview stored = scheduled().withVersion(new Version(2));

    assertThat(stored.withProviderReference("x", URI.create("https://i.example/x"), T0).start(AT)
        .complete(TRANSCRIPT, AT).version()).isEqualTo(new Version(2));
  }
}
