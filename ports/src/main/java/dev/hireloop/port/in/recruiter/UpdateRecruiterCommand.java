package dev.hireloop.port.in.recruiter;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.ZoneId;
import java.util.Optional;

/** Changes the given fields; absent fields stay as they are. {@code expectedVersion} guards lost updates. */
public record UpdateRecruiterCommand(RecruiterId recruiterId, Optional<String> name, Optional<Email> email,
    Optional<ZoneId> timeZone, Optional<Long> expectedVersion) {
  public UpdateRecruiterCommand {
    Check.notNull(recruiterId, "recruiterId");
    name = Check.optionalText(name, "name", 200);
    Check.notNull(email, "email");
    Check.notNull(timeZone, "timeZone");
    Check.notNull(expectedVersion, "expectedVersion");
  }
}
