package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.shared.Check;
import java.util.Optional;

/**
 * The candidate cancels their booking; {@code reason} is optional free text for the recruiter (at most 500
 * characters, what a booking keeps).
 */
public record CancelManagedBookingCommand(String manageToken, Optional<String> reason) {
  public CancelManagedBookingCommand {
    Check.notNull(manageToken, "manageToken");
    Check.notNull(reason, "reason");
    reason = reason.map(text -> text.strip()).filter(text -> !text.isEmpty())
        .map(text -> Check.text(text, "reason", 500));
  }

  @Override
  public String toString() {
    return "CancelManagedBookingCommand[reason " + (reason.isPresent() ? "given" : "none") + "]";
  }
}
