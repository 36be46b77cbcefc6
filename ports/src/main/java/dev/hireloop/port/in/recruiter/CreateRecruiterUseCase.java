package dev.hireloop.port.in.recruiter;

/** Creates a recruiter (operator action). @throws dev.hireloop.domain.shared.ConflictException if the e-mail is taken */
public interface CreateRecruiterUseCase {
  RecruiterView create(CreateRecruiterCommand command);
}
