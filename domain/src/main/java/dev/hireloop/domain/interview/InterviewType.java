package dev.hireloop.domain.interview;

/** general: motivation and background; technical: the job's required skills; cultural: teamwork and values. */
public enum InterviewType {
  GENERAL,
  TECHNICAL,
  CULTURAL
}
