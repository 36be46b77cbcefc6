package dev.hireloop.domain.scheduling;

/** Where an interview takes place. */
public enum LocationKind { VIDEO, PHONE, ADDRESS }
