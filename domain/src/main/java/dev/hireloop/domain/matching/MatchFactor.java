package dev.hireloop.domain.matching;

/** The parts of a match score, from the most to the least weighted. */
public enum MatchFactor { REQUIRED_SKILLS, PREFERRED_SKILLS, EXPERIENCE, TITLE, LOCATION }
