package dev.hireloop.port.in.notification;

import dev.hireloop.domain.shared.Check;
import java.time.Instant;

/** What a fired reminder timer did. */
public sealed interface ReminderOutcome {
  /** The reminder messages are stored ({@code messages} new ones; 0 when an earlier firing stored them). */
  record Stored(int messages) implements ReminderOutcome {
    public Stored {
      Check.range(messages, "messages", 0, 10);
    }
  }

  /** Fired too early (the booking moved later in the meantime): the timer should fire again at {@code dueAt}. */
  record Early(Instant dueAt) implements ReminderOutcome {
    public Early {
      Check.notNull(dueAt, "dueAt");
    }
  }

  /** Nothing to remind of: the booking is gone, no longer confirmed, or its interview has started. */
  record Skipped(String reason) implements ReminderOutcome {
    public Skipped {
      reason = Check.text(reason, "reason", 200);
    }
  }
}
