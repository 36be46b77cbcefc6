package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import java.time.LocalDate;
import java.time.ZoneId;

/** Bookable slots of an open job's interview on {@code from..to}, dates and times in {@code candidateZone}. */
public record ListJobSlotsQuery(JobId jobId, LocalDate from, LocalDate to, ZoneId candidateZone) {
  public ListJobSlotsQuery {
    Check.notNull(jobId, "jobId");
    ListSlotsQuery.checkRange(from, to);
    Check.notNull(candidateZone, "candidateZone");
  }
}
