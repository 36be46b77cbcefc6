package dev.hireloop.domain.job;

public enum EmploymentType {
  FULL_TIME,
  PART_TIME,
  CONTRACT,
  TEMPORARY,
  INTERNSHIP
}
