package dev.hireloop.port.in.recruiter;

/** All recruiters, oldest first (operator action). */
public interface ListRecruitersUseCase {
  java.util.List<RecruiterView> list();
}
