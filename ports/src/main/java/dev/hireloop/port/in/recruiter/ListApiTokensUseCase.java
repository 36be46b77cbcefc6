package dev.hireloop.port.in.recruiter;

/** A recruiter's tokens, oldest first, without secrets. */
public interface ListApiTokensUseCase {
  java.util.List<ApiTokenView> list(dev.hireloop.domain.shared.RecruiterId recruiterId);
}
