package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.candidate.CandidateBooking;
import dev.hireloop.port.in.candidate.JobSchedulingView;
import dev.hireloop.port.in.candidate.ListJobSlotsQuery;
import dev.hireloop.port.in.candidate.ListJobSlotsUseCase;
import dev.hireloop.port.in.candidate.ReadJobSchedulingUseCase;
import dev.hireloop.port.in.candidate.ScheduleJobInterviewCommand;
import dev.hireloop.port.in.candidate.ScheduleJobInterviewUseCase;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /schedule-interview/{jobId}} (seed 000): name, e-mail, a date, a time, "Schedule Interview", then the
 * confirmation page. Every mistake is answered on the same page with the values kept: 422 for the form, 409 for a
 * slot taken meanwhile (with the slots free now); nothing is written until the booking succeeds as a whole.
 */
final class JobPages {
  static final String PREFIX = "/schedule-interview/";
  static final int MAX_NAME = 200;

  private final ReadJobSchedulingUseCase readJob;
  private final ListJobSlotsUseCase listSlots;
  private final ScheduleJobInterviewUseCase schedule;
  private final Clock clock;
  private final Pages pages;

  JobPages(ReadJobSchedulingUseCase readJob, ListJobSlotsUseCase listSlots, ScheduleJobInterviewUseCase schedule,
      Clock clock, Pages pages) {
    this.readJob = readJob;
    this.listSlots = listSlots;
    this.schedule = schedule;
    this.clock = clock;
    this.pages = pages;
  }

  void show(Context ctx) {
    JobId jobId = JobId.of(ctx.pathParam("jobId"));
    JobSchedulingView job = readJob.read(jobId);
    ZoneChoice zone = ZoneChoice.of(ctx.queryParam("zone"), job.interviewerTimeZone());
    render(ctx, 200, job, zone, SlotWindow.date(ctx.queryParam("date")), Optional.empty(), FormField.empty("name"),
        FormField.empty("email"), List.of(), null, zone.notice());
  }

  void book(Context ctx) {
    JobId jobId = JobId.of(ctx.pathParam("jobId"));
    JobSchedulingView job = readJob.read(jobId);
    ZoneChoice zone = ZoneChoice.of(ctx.formParam("zone"), job.interviewerTimeZone());
    String nameText = Pages.formValue(ctx, "name").strip();
    String emailText = Pages.formValue(ctx, "email").strip();
    Optional<Instant> start = SlotWindow.start(ctx.formParam("start"));

    List<FormError> errors = new ArrayList<>();
    String slotError = null;
    if (start.isEmpty()) {
      slotError = "Choose a time for your interview.";
      errors.add(FormError.field("start", slotError));
    }
    String nameError = null;
    if (nameText.isEmpty()) {
      nameError = "Enter your full name.";
    } else if (nameText.length() > MAX_NAME) {
      nameError = "Your name must be at most " + MAX_NAME + " characters.";
    }
    if (nameError != null) {
      errors.add(FormError.field("name", nameError));
    }
    Email email = null;
    String emailError = null;
    if (emailText.isEmpty()) {
      emailError = "Enter your e-mail address.";
    } else {
      try {
        email = Email.of(emailText);
      } catch (InvalidValueException e) {
        emailError = "Enter an e-mail address in the form name@example.com.";
      }
    }
    if (emailError != null) {
      errors.add(FormError.field("email", emailError));
    }
    FormField name = new FormField("name", nameText, nameError);
    FormField emailField = new FormField("email", emailText, emailError);
    if (!errors.isEmpty()) {
      render(ctx, 422, job, zone, Optional.empty(), start, name, emailField, errors, slotError, null);
      return;
    }

    CandidateBooking booking;
    try {
      booking = schedule.schedule(new ScheduleJobInterviewCommand(jobId, nameText, email, start.get(), zone.zone()));
    } catch (SlotUnavailableException e) {
      String message = "Sorry, that time was just taken. Here are the times that are free now.";
      render(ctx, 409, job, zone, Optional.of(start.get().atZone(zone.zone()).toLocalDate()), Optional.empty(),
          name, emailField, List.of(FormError.field("start", message)), message, null);
      return;
    } catch (RuleViolationException e) {
      String message = e.code().equals("booking.slot-in-past")
          ? "That time has already passed. Please choose another one." : e.getMessage();
      render(ctx, 422, job, zone, Optional.empty(), Optional.empty(), name, emailField,
          List.of(FormError.field("start", message)), message, null);
      return;
    }
    Pages.seeOther(ctx, ManagePages.path(booking.manageToken()));
  }

  private void render(Context ctx, int status, JobSchedulingView job, ZoneChoice zone, Optional<LocalDate> date,
      Optional<Instant> chosen, FormField name, FormField email, List<FormError> errors, String slotError,
      String notice) {
    var slots = listSlots.slots(new ListJobSlotsQuery(job.jobId(), SlotWindow.first(clock, zone.zone()),
        SlotWindow.last(clock, zone.zone()), zone.zone()));
    String path = PREFIX + job.jobId();
    SlotPicker picker = SlotPicker.of(slots, path, date, chosen, clock.instant());
    List<PickPage.Fact> facts = new ArrayList<>();
    facts.add(new PickPage.Fact("Job", job.jobTitle()));
    job.company().ifPresent(company -> facts.add(new PickPage.Fact("Company", company)));
    facts.add(new PickPage.Fact("Interview", job.title()));
    facts.add(new PickPage.Fact("Length", job.durationMinutes() + " minutes"));
    facts.add(new PickPage.Fact("With", job.interviewerName()));
    facts.add(new PickPage.Fact("Where", Where.kind(job.locationKind())));
    pages.render(ctx, status, "pick", new PickPage("Schedule your interview", "Schedule your interview for "
        + job.jobTitle(), facts, notice, errors, path, path, !zone.chosen(), picker, true, name, email, slotError,
        "Schedule Interview", null, null));
  }
}
