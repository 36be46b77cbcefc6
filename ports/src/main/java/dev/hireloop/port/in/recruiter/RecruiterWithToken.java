package dev.hireloop.port.in.recruiter;

/** A recruiter created together with a first token (CLI bootstrap). */
public record RecruiterWithToken(RecruiterView recruiter, IssuedApiToken token) {}
