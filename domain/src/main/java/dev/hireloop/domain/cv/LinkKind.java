package dev.hireloop.domain.cv;

/** What a link on a CV points to. */
public enum LinkKind { LINKEDIN, GITHUB, PORTFOLIO, OTHER }
