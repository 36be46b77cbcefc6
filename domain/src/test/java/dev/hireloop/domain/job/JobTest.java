package dev.hireloop.domain.job;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class JobTest {

  private static final JobId ID = new JobId(uuid(20));
  private static final JobDetails DETAILS = JobDetails.minimal("Backend engineer", "Build the booking engine.");
  private static final JobDetails EDITED = JobDetails.minimal("Senior backend engineer", "Own the booking engine.");

  private static Job draft() {
    return Job.draft(ID, RECRUITER, DETAILS, T0);
  }

  @Test
  void starts_as_an_unsaved_draft_that_was_never_opened() {
    Job job = draft();

    assertThat(job.status()).isEqualTo(JobStatus.DRAFT);
    assertThat(job.isOpen()).isFalse();
    assertThat(job.details()).isEqualTo(DETAILS);
    assertThat(job.createdAt()).isEqualTo(T0);
    assertThat(job.updatedAt()).isEqualTo(T0);
    assertThat(job.openedAt()).isEmpty();
    assertThat(job.closedAt()).isEmpty();
    assertThat(job.version()).isEqualTo(Version.initial());
  }

  @Test
  void opening_a_draft_records_when_it_opened() {
    Job open = draft().open(daysAfterT0(1));

    assertThat(open.status()).isEqualTo(JobStatus.OPEN);
    assertThat(open.isOpen()).isTrue();
    assertThat(open.openedAt()).contains(daysAfterT0(1));
    assertThat(open.updatedAt()).isEqualTo(daysAfterT0(1));
    assertThat(open.createdAt()).isEqualTo(T0);
    assertThat(open.id()).isEqualTo(ID);
  }

  @Test
  void closing_an_open_job_records_when_and_keeps_when_it_opened() {
    Job closed = draft().open(daysAfterT0(1)).close(daysAfterT0(20));

    assertThat(closed.status()).isEqualTo(JobStatus.CLOSED);
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.openedAt()).contains(daysAfterT0(1));
    assertThat(closed.closedAt()).contains(daysAfterT0(20));
  }

  @Test
  void a_draft_can_be_discarded_by_closing_it_without_ever_opening() {
    Job discarded = draft().close(daysAfterT0(1));

    assertThat(discarded.status()).isEqualTo(JobStatus.CLOSED);
    assertThat(discarded.openedAt()).isEmpty();
    assertThat(discarded.closedAt()).contains(daysAfterT0(1));
  }

  @Test
  void reopening_a_closed_job_opens_it_anew() {
    Job reopened = draft().open(daysAfterT0(1)).close(daysAfterT0(20)).open(daysAfterT0(30));

    assertThat(reopened.status()).isEqualTo(JobStatus.OPEN);
    assertThat(reopened.openedAt()).contains(daysAfterT0(30));
    assertThat(reopened.closedAt()).isEmpty();
  }

  @Test
  void cannot_open_an_open_job_or_close_a_closed_one() {
    Job open = draft().open(daysAfterT0(1));
    Job closed = open.close(daysAfterT0(2));

    Expect.illegalTransition("job", JobStatus.OPEN, JobStatus.OPEN, () -> open.open(daysAfterT0(3)));
    Expect.illegalTransition("job", JobStatus.CLOSED, JobStatus.CLOSED, () -> closed.close(daysAfterT0(3)));
  }

  @Test
  void a_draft_or_an_open_job_can_be_edited() {
    Job editedDraft = draft().update(EDITED, daysAfterT0(1));
    Job editedOpen = draft().open(daysAfterT0(1)).update(EDITED, daysAfterT0(2));

    assertThat(editedDraft.details()).isEqualTo(EDITED);
    assertThat(editedDraft.status()).isEqualTo(JobStatus.DRAFT);
    assertThat(editedDraft.updatedAt()).isEqualTo(daysAfterT0(1));
    assertThat(editedOpen.details()).isEqualTo(EDITED);
    assertThat(editedOpen.status()).isEqualTo(JobStatus.OPEN);
    assertThat(editedOpen.openedAt()).contains(daysAfterT0(1));
  }

  @Test
  void a_closed_job_must_be_reopened_before_it_is_edited() {
    Job closed = draft().open(daysAfterT0(1)).close(daysAfterT0(2));

    Expect.ruleViolation("job.closed", () -> closed.update(EDITED, daysAfterT0(3)));
    assertThat(closed.open(daysAfterT0(3)).update(EDITED, daysAfterT0(4)).details()).isEqualTo(EDITED);
  }

  @Test
  void rejects_an_open_job_without_an_opening_time() {
    Expect.invalid("job.opened-at-missing", () -> new Job(ID, RECRUITER, DETAILS, JobStatus.OPEN, T0, T0,
        Optional.empty(), Optional.empty(), Version.initial()));
  }

  @Test
  void rejects_missing_parts() {
    Expect.invalid("value.required", () -> Job.draft(null, RECRUITER, DETAILS, T0));
    Expect.invalid("value.required", () -> Job.draft(ID, null, DETAILS, T0));
    Expect.invalid("value.required", () -> Job.draft(ID, RECRUITER, null, T0));
    Expect.invalid("value.required", () -> Job.draft(ID, RECRUITER, DETAILS, null));
    Expect.invalid("value.required", () -> new Job(ID, RECRUITER, DETAILS, JobStatus.DRAFT, T0, T0, null,
        Optional.empty(), Version.initial()));
  }

  @Test
  void keeps_its_stored_version_through_every_change() {
    Job stored = draft().withVersion(new Version(7));

    assertThat(stored.version()).isEqualTo(new Version(7));
    assertThat(stored.open(daysAfterT0(1)).close(daysAfterT0(2)).open(daysAfterT0(3))
        .update(EDITED, daysAfterT0(4)).version()).isEqualTo(new Version(7));
  }

  @Test
  void changes_return_a_new_job_and_leave_the_original_as_it_was() {
    Job original = draft();

    original.open(daysAfterT0(1));
    original.update(EDITED, daysAfterT0(1));

    assertThat(original).isEqualTo(draft());
  }

  @Test
  void parses_its_id_from_text() {
    assertThat(JobId.of(ID.toString())).isEqualTo(ID);
    Expect.invalid("id.invalid", () -> JobId.of("42"));
  }
}
