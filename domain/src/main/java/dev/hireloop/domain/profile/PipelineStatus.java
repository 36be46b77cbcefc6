package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.StateMachine;

/**
 * Where a candidate stands in the pipeline. The main line runs new → contacted → interested → cv_received →
 * matched → shortlisted → booked → interviewed → endorsed; a candidate who sends a CV unprompted may skip the
 * outreach steps. A cancelled booking sends a booked candidate back to shortlisted. Side exits: on_hold (resumes
 * where it left off), rejected and withdrawn (both can be reopened as new, for a later job).
 */
public enum PipelineStatus {
  NEW,
  CONTACTED,
  INTERESTED,
  CV_RECEIVED,
  MATCHED,
  SHORTLISTED,
  BOOKED,
  INTERVIEWED,
  ENDORSED,
  ON_HOLD,
  REJECTED,
  WITHDRAWN;

  public static final StateMachine<PipelineStatus> MACHINE = buildMachine();

  private static StateMachine<PipelineStatus> buildMachine() {
    var builder = StateMachine.builder("profile", PipelineStatus.class)
        .allow(NEW, CONTACTED, INTERESTED, CV_RECEIVED)
        .allow(CONTACTED, INTERESTED, CV_RECEIVED)
        .allow(INTERESTED, CV_RECEIVED)
        .allow(CV_RECEIVED, MATCHED)
        .allow(MATCHED, SHORTLISTED)
        .allow(SHORTLISTED, BOOKED)
        .allow(BOOKED, INTERVIEWED, SHORTLISTED)
        .allow(INTERVIEWED, ENDORSED)
        .allow(REJECTED, NEW)
        .allow(WITHDRAWN, NEW)
        .allow(ON_HOLD, REJECTED, WITHDRAWN);
    for (PipelineStatus active : new PipelineStatus[] {
        NEW, CONTACTED, INTERESTED, CV_RECEIVED, MATCHED, SHORTLISTED, BOOKED, INTERVIEWED, ENDORSED}) {
      builder.allow(active, REJECTED, WITHDRAWN);
      if (active != ENDORSED) {
        builder.allow(active, ON_HOLD);
        // resuming from hold goes back to the stage it was in; Profile checks which one
        builder.allow(ON_HOLD, active);
      }
    }
    return builder.build();
  }

  public boolean isClosed() {
    return this == REJECTED || this == WITHDRAWN;
  }
}
