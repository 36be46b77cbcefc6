package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.candidate.CandidateBooking;
import dev.hireloop.port.in.candidate.ListJobSlotsQuery;
import dev.hireloop.port.in.candidate.ScheduleJobInterviewCommand;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.out.notification.StoredEmail;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The candidate's e-mails from a running server link to its manage page: under the configured base URL, or under
 * the address the server listens on when none is configured.
 */
class CandidateLinksWiringTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir
  Path dataDir;

  @Test
  void the_confirmation_links_to_the_manage_page_under_the_listening_address() throws Exception {
    try (RunningServer server = RunningServer.start(ServerConfig.fromEnv(env(Map.of())))) {
      String expected = "http://localhost:" + server.port() + "/interviews/";

      assertConfirmationLinksTo(server, expected);
    }
  }

  @Test
  void the_confirmation_links_to_the_manage_page_under_the_configured_base_url() throws Exception {
    Map<String, String> extra = Map.of("HIRELOOP_BASE_URL", "https://hire.example.com/jobs");
    try (RunningServer server = RunningServer.start(ServerConfig.fromEnv(env(extra)))) {
      assertConfirmationLinksTo(server, "https://hire.example.com/jobs/interviews/");
    }
  }

  private static void assertConfirmationLinksTo(RunningServer server, String pages) throws InterruptedException {
    Hireloop hireloop = server.hireloop();
    RecruiterId recruiter = server.bootstrapped().orElseThrow().recruiter().id();
    JobId job = hireloop.createJob().create(new CreateJobCommand(recruiter, JobDetails.minimal("Platform Engineer",
        "Keep the platform running."), true)).id();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Slot slot = hireloop.listJobSlots().slots(new ListJobSlotsQuery(job, today, today.plusDays(14), BERLIN))
        .slots().get(0);
    CandidateBooking booked = hireloop.scheduleJobInterview().schedule(new ScheduleJobInterviewCommand(job,
        "Grace Candidate", Email.of("grace@example.org"), slot.start(), BERLIN));

    StoredEmail toCandidate = awaitCandidateEmail(hireloop, recruiter);

    assertThat(toCandidate.message().textBody()).contains("Reschedule or cancel: " + pages + booked.manageToken());
    assertThat(toCandidate.message().htmlBody().orElseThrow())
        .contains("href=\"" + pages + booked.manageToken() + "\"");
  }

  private static StoredEmail awaitCandidateEmail(Hireloop hireloop, RecruiterId recruiter)
      throws InterruptedException {
    // generous bound for a slow machine: the point is that the dispatcher delivers at all, not how fast
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<StoredEmail> stored = hireloop.persistence().emails().list(recruiter, Set.of(), PageRequest.first(10))
          .items().stream()
          .filter(email -> email.message().to().get(0).address().value().equals("grace@example.org"))
          .toList();
      if (!stored.isEmpty()) {
        return stored.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the candidate's confirmation was never stored");
  }

  private Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("HIRELOOP_PORT", "0");
    env.put("HIRELOOP_HOST", "127.0.0.1");
    env.put("HIRELOOP_DB", "memory");
    env.put("HIRELOOP_DATA_DIR", dataDir.toString());
    env.put("HIRELOOP_EVENT_POLL_MS", "100");
    env.putAll(extra);
    return env;
  }
}
