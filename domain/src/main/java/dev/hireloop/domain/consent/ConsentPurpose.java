package dev.hireloop.domain.consent;

/** What a candidate agreed to. */
public enum ConsentPurpose {
  OUTREACH,
  PROFILE_PROCESSING,
  AI_INTERVIEW,
  TALENT_POOL_RETENTION
}
