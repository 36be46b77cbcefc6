package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A candidate books {@code start} on a job's public page (seed 000: name, e-mail, date, time slot).
 *
 * @param fullName the candidate's name as typed, trimmed; 1 to 200 characters
 * @param candidateZone the zone the candidate saw the times in; the booking and its e-mails use it
 */
public record ScheduleJobInterviewCommand(JobId jobId, String fullName, Email email, Instant start,
    ZoneId candidateZone) {
  public ScheduleJobInterviewCommand {
    Check.notNull(jobId, "jobId");
    fullName = Check.text(fullName, "fullName", 200);
    Check.notNull(email, "email");
    Check.notNull(start, "start");
    Check.notNull(candidateZone, "candidateZone");
  }
}
