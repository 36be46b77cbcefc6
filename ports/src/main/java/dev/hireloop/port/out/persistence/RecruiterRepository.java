package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.List;
import java.util.Optional;

/**
 * Stores recruiters. Contract (see {@code RecruiterRepositoryContract}):
 * <ul>
 *   <li>{@code save} inserts when the version is initial and otherwise updates only if the stored version equals
 *       the given one; it returns the recruiter with the stored (incremented) version. A version mismatch or a
 *       missing row is a {@code ConflictException} with code {@code recruiter.stale}.</li>
 *   <li>E-mail addresses are unique: a second recruiter with the same e-mail is a {@code ConflictException}
 *       with code {@code recruiter.email-taken}.</li>
 *   <li>Missing data is {@code Optional.empty()}; instants round-trip at microsecond precision.</li>
 * </ul>
 */
public interface RecruiterRepository {
  Recruiter save(Recruiter recruiter);

  Optional<Recruiter> findById(RecruiterId id);

  Optional<Recruiter> findByEmail(Email email);

  /** All recruiters, oldest first (ties by id). */
  List<Recruiter> listAll();

  long count();
}
