package dev.hireloop.port.in.recruiter;

/** Creates a recruiter and a first API token in one transaction (CLI). */
public interface CreateRecruiterWithTokenUseCase {
  RecruiterWithToken create(CreateRecruiterCommand command, String tokenLabel);
}
