package dev.hireloop.port.in.recruiter;

/** Edits a recruiter's name, e-mail or time zone. */
public interface UpdateRecruiterUseCase {
  RecruiterView update(UpdateRecruiterCommand command);
}
