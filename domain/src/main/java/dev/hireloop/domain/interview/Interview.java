package dev.hireloop.domain.interview;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An (AI or human) interview of a candidate: its type, provider, questions, the link the candidate opens, and
 * once completed the transcript it produced.
 */
public record Interview(
    InterviewId id,
    RecruiterId recruiterId,
    ProfileId profileId,
    Optional<JobId> jobId,
    Optional<BookingId> bookingId,
    InterviewType type,
    String provider,
    int durationMinutes,
    Instant scheduledAt,
    List<String> questions,
    Optional<String> externalId,
    Optional<URI> link,
    InterviewStatus status,
    Optional<Instant> startedAt,
    Optional<Instant> endedAt,
    Optional<String> transcript,
    Instant createdAt,
    Instant updatedAt,
    Version version) {

  public static final int MAX_TRANSCRIPT = 2_000_000;
  private static final Pattern PROVIDER = Pattern.compile("^[a-z][a-z0-9_-]{0,31}$");

  public Interview {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(jobId, "jobId");
    Check.notNull(bookingId, "bookingId");
    Check.notNull(type, "type");
    Check.notNull(provider, "provider");
    if (!PROVIDER.matcher(provider).matches()) {
      throw new InvalidValueException("interview.provider-invalid", "provider must be a lower-case name");
    }
    Check.range(durationMinutes, "durationMinutes", 5, 240);
    Check.notNull(scheduledAt, "scheduledAt");
    questions = Check.list(questions, "questions", 100).stream()
        .map(question -> Check.text(question, "question", 2_000)).toList();
    externalId = Check.optionalText(externalId, "externalId", 200);
    Check.notNull(link, "link");
    Check.notNull(status, "status");
    Check.notNull(startedAt, "startedAt");
    Check.notNull(endedAt, "endedAt");
    Check.notNull(transcript, "transcript");
    transcript.ifPresent(text -> Check.bounded(text, "transcript", MAX_TRANSCRIPT));
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
    if (status == InterviewStatus.COMPLETED && transcript.isEmpty()) {
      throw new InvalidValueException("interview.transcript-required", "a completed interview has a transcript");
    }
  }

  public static Interview schedule(InterviewId id, RecruiterId recruiterId, ProfileId profileId, Optional<JobId> jobId,
      Optional<BookingId> bookingId, InterviewType type, String provider, int durationMinutes, Instant scheduledAt,
      List<String> questions, Instant now) {
    return new Interview(id, recruiterId, profileId, jobId, bookingId, type, provider, durationMinutes, scheduledAt,
        questions, Optional.empty(), Optional.empty(), InterviewStatus.SCHEDULED, Optional.empty(), Optional.empty(),
        Optional.empty(), now, now, Version.initial());
  }

  /** The provider accepted the interview: its own id and the link the candidate opens. */
  public Interview withProviderReference(String newExternalId, URI newLink, Instant now) {
    Check.notNull(newExternalId, "externalId");
    Check.notNull(newLink, "link");
    return new Interview(id, recruiterId, profileId, jobId, bookingId, type, provider, durationMinutes, scheduledAt,
        questions, Optional.of(newExternalId), Optional.of(newLink), status, startedAt, endedAt, transcript,
        createdAt, now, version);
  }

  public Interview start(Instant now) {
    InterviewStatus next = InterviewStatus.MACHINE.transition(status, InterviewStatus.IN_PROGRESS);
    return new Interview(id, recruiterId, profileId, jobId, bookingId, type, provider, durationMinutes, scheduledAt,
        questions, externalId, link, next, Optional.of(now), endedAt, transcript, createdAt, now, version);
  }

  public Interview complete(String finalTranscript, Instant now) {
    InterviewStatus next = InterviewStatus.MACHINE.transition(status, InterviewStatus.COMPLETED);
    Check.text(finalTranscript, "transcript", MAX_TRANSCRIPT);
    return new Interview(id, recruiterId, profileId, jobId, bookingId, type, provider, durationMinutes, scheduledAt,
        questions, externalId, link, next, startedAt, Optional.of(now), Optional.of(finalTranscript), createdAt, now,
        version);
  }

  public Interview expire(Instant now) {
    return end(InterviewStatus.EXPIRED, now);
  }

  public Interview cancel(Instant now) {
    return end(InterviewStatus.CANCELLED, now);
  }

  public Interview withVersion(Version stored) {
    return new Interview(id, recruiterId, profileId, jobId, bookingId, type, provider, durationMinutes, scheduledAt,
        questions, externalId, link, status, startedAt, endedAt, transcript, createdAt, updatedAt, stored);
  }

  private Interview end(InterviewStatus target, Instant now) {
    InterviewStatus next = InterviewStatus.MACHINE.transition(status, target);
    return new Interview(id, recruiterId, profileId, jobId, bookingId, type, provider, durationMinutes, scheduledAt,
        questions, externalId, link, next, startedAt, Optional.of(now), transcript, createdAt, now, version);
  }
}
