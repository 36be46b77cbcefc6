package dev.hireloop.domain.audit;

/** Who did something: a recruiter through the API, the system (a workflow rule), a candidate through a signed link, or an operator through the CLI. */
public enum ActorKind {
  RECRUITER,
  SYSTEM,
  CANDIDATE,
  OPERATOR
}
