package dev.hireloop.port.in.recruiter;

/** On an empty database, creates the first recruiter with a token; otherwise does nothing and returns empty. */
public interface BootstrapFirstRecruiterUseCase {
  java.util.Optional<RecruiterWithToken> bootstrap(CreateRecruiterCommand command);
}
