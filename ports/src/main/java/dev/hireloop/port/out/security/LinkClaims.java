package dev.hireloop.port.out.security;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a signed link says: what it is for ({@code purpose}, e.g. {@code booking}), about what ({@code subject}) and
 * until when. The expiry is kept to the second.
 */
public record LinkClaims(String purpose, UUID subject, Instant expiresAt) {
  private static final Pattern PURPOSE = Pattern.compile("^[a-z][a-z-]{0,30}$");

  public LinkClaims {
    Check.notNull(purpose, "purpose");
    if (!PURPOSE.matcher(purpose).matches()) {
      throw new InvalidValueException("link.purpose-invalid", "purpose must be a short lower-case word");
    }
    Check.notNull(subject, "subject");
    expiresAt = Check.notNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
  }
}
