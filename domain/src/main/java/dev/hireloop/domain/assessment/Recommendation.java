package dev.hireloop.domain.assessment;

/** What an assessment advises; advisory only, never acted on without a human. */
public enum Recommendation {
  PROCEED,
  CONSIDER,
  DO_NOT_PROCEED
}
