package dev.hireloop.port.out.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import java.util.Optional;

/** An address with an optional display name ({@code "Ada Recruiter" <ada@example.com>}). */
public record EmailAddress(Optional<String> name, Email address) {
  public EmailAddress {
    name = Check.optionalText(name, "name", 200);
    Check.notNull(address, "address");
  }

  public static EmailAddress of(String name, Email address) {
    return new EmailAddress(Optional.of(name), address);
  }
}
