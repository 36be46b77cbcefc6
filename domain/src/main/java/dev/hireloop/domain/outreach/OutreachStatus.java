package dev.hireloop.domain.outreach;

import dev.hireloop.domain.shared.StateMachine;

/**
 * draft → approved → sent → delivered → read → replied, or failed. Nothing is sent without approval (a rule set to
 * "automatic" approves on the recruiter's behalf and is audited). Providers may skip delivered or read.
 */
public enum OutreachStatus {
  DRAFT,
  APPROVED,
  SENT,
  DELIVERED,
  READ,
  REPLIED,
  FAILED;

  public static final StateMachine<OutreachStatus> MACHINE = StateMachine.builder("outreach", OutreachStatus.class)
      .allow(DRAFT, APPROVED)
      .allow(APPROVED, SENT, FAILED)
      .allow(SENT, DELIVERED, READ, REPLIED, FAILED)
      .allow(DELIVERED, READ, REPLIED)
      .allow(READ, REPLIED)
      .build();
}
