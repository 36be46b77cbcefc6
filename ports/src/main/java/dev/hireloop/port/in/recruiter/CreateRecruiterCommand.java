package dev.hireloop.port.in.recruiter;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import java.time.ZoneId;

public record CreateRecruiterCommand(String name, Email email, ZoneId timeZone) {
  public CreateRecruiterCommand {
    name = Check.text(name, "name", 200);
    Check.notNull(email, "email");
    Check.notNull(timeZone, "timeZone");
  }
}
