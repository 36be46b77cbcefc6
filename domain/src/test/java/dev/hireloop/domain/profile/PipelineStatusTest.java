package dev.hireloop.domain.profile;

import static dev.hireloop.domain.profile.PipelineStatus.BOOKED;
import static dev.hireloop.domain.profile.PipelineStatus.CONTACTED;
import static dev.hireloop.domain.profile.PipelineStatus.CV_RECEIVED;
import static dev.hireloop.domain.profile.PipelineStatus.ENDORSED;
import static dev.hireloop.domain.profile.PipelineStatus.INTERESTED;
import static dev.hireloop.domain.profile.PipelineStatus.INTERVIEWED;
import static dev.hireloop.domain.profile.PipelineStatus.MATCHED;
import static dev.hireloop.domain.profile.PipelineStatus.NEW;
import static dev.hireloop.domain.profile.PipelineStatus.ON_HOLD;
import static dev.hireloop.domain.profile.PipelineStatus.REJECTED;
import static dev.hireloop.domain.profile.PipelineStatus.SHORTLISTED;
import static dev.hireloop.domain.profile.PipelineStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.StateMachine;
import dev.hireloop.domain.testing.StateMachineSpecification;
import dev.hireloop.domain.testing.TransitionSpec;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

final class PipelineStatusTest extends StateMachineSpecification<PipelineStatus> {

  @Override
  protected StateMachine<PipelineStatus> machine() {
    return PipelineStatus.MACHINE;
  }

  @Override
  protected String machineName() {
    return "profile";
  }

  /**
   * The main line, with outreach steps skippable; every active stage can be rejected or withdrawn and (except
   * endorsed) put on hold; on hold resumes to any stage that can be put on hold (Profile narrows it to the one it
   * left); rejected and withdrawn reopen as new.
   */
  @Override
  protected TransitionSpec<PipelineStatus> specification() {
    return TransitionSpec.of(PipelineStatus.class)
        .allow(NEW, CONTACTED, INTERESTED, CV_RECEIVED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(CONTACTED, INTERESTED, CV_RECEIVED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(INTERESTED, CV_RECEIVED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(CV_RECEIVED, MATCHED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(MATCHED, SHORTLISTED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(SHORTLISTED, BOOKED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(BOOKED, INTERVIEWED, SHORTLISTED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(INTERVIEWED, ENDORSED, ON_HOLD, REJECTED, WITHDRAWN)
        .allow(ENDORSED, REJECTED, WITHDRAWN)
        .allow(ON_HOLD, NEW, CONTACTED, INTERESTED, CV_RECEIVED, MATCHED, SHORTLISTED, BOOKED, INTERVIEWED,
            REJECTED, WITHDRAWN)
        .allow(REJECTED, NEW)
        .allow(WITHDRAWN, NEW);
  }

  @Test
  void only_rejected_and_withdrawn_are_closed() {
    assertThat(EnumSet.allOf(PipelineStatus.class)).filteredOn(PipelineStatus::isClosed)
        .containsExactlyInAnyOrder(REJECTED, WITHDRAWN);
  }
}
