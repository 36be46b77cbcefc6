package dev.hireloop.domain.recruiter;

/** Whether a recruiter may use the system; a disabled recruiter's tokens stop working. */
public enum RecruiterStatus {
  ACTIVE,
  DISABLED
}
