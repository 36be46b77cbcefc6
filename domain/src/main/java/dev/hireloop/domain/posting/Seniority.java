package dev.hireloop.domain.posting;

/** The level a posting is for, as stated or implied by its title and text. */
public enum Seniority {
  INTERN,
  ENTRY,
  JUNIOR,
  MID,
  SENIOR,
  LEAD,
  PRINCIPAL,
  MANAGER,
  DIRECTOR,
  EXECUTIVE,
  UNSPECIFIED
}
