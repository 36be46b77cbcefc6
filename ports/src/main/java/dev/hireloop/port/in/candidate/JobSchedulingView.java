package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.scheduling.LocationKind;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a job's public scheduling page shows before the candidate enters anything: the job, and the interview on
 * offer (the recruiter's default template). No location detail: the video link, phone number or address is for a
 * candidate who has booked.
 */
public record JobSchedulingView(JobId jobId, String jobTitle, Optional<String> company, String title,
    String description, int durationMinutes, String interviewerName, ZoneId interviewerTimeZone,
    LocationKind locationKind) {}
