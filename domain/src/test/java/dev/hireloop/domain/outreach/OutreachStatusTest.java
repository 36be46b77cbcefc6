package dev.hireloop.domain.outreach;

import static dev.hireloop.domain.outreach.OutreachStatus.APPROVED;
import static dev.hireloop.domain.outreach.OutreachStatus.DELIVERED;
import static dev.hireloop.domain.outreach.OutreachStatus.DRAFT;
import static dev.hireloop.domain.outreach.OutreachStatus.FAILED;
import static dev.hireloop.domain.outreach.OutreachStatus.READ;
import static dev.hireloop.domain.outreach.OutreachStatus.REPLIED;
import static dev.hireloop.domain.outreach.OutreachStatus.SENT;

import dev.hireloop.domain.shared.StateMachine;
import dev.hireloop.domain.testing.StateMachineSpecification;
import dev.hireloop.domain.testing.TransitionSpec;

final class OutreachStatusTest extends StateMachineSpecification<OutreachStatus> {

  @Override
  protected StateMachine<OutreachStatus> machine() {
    return OutreachStatus.MACHINE;
  }

  @Override
  protected String machineName() {
    return "outreach";
  }

  /** Nothing leaves draft except through approval; providers may skip delivered and read. */
  @Override
  protected TransitionSpec<OutreachStatus> specification() {
    return TransitionSpec.of(OutreachStatus.class)
        .allow(DRAFT, APPROVED)
        .allow(APPROVED, SENT, FAILED)
        .allow(SENT, DELIVERED, READ, REPLIED, FAILED)
        .allow(DELIVERED, READ, REPLIED)
        .allow(READ, REPLIED);
  }
}
