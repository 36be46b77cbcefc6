package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.Duration;

/**
 * A kind of interview a candidate can book (an "event type"): its length, description and location. The detail
 * is the video link, phone number or address; it may be empty when it is only known once booked (a generated
 * video link).
 */
public record InterviewTemplate(String name, Duration duration, String description, LocationKind locationKind,
    String locationDetail) {
  public static final String DEFAULT_NAME = "45-Minute Candidate Interview";
  private static final Duration SHORTEST = Duration.ofMinutes(5);
  private static final Duration LONGEST = Duration.ofHours(8);

  public InterviewTemplate {
    name = Check.text(name, "name", 120);
    Check.notNull(duration, "duration");
    if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0 || duration.toSecondsPart() != 0) {
      throw new InvalidValueException("template.duration",
          "duration must be whole minutes between 5 minutes and 8 hours");
    }
    description = Check.bounded(Check.notNull(description, "description").strip(), "description", 2000);
    Check.notNull(locationKind, "locationKind");
    locationDetail = Check.bounded(Check.notNull(locationDetail, "locationDetail").strip(), "locationDetail", 500);
  }

  /**
   * This template at another length (a booking link may ask for 30 minutes of a 45-minute template). The default
   * template's name states its length, so it is renamed to match ("30-Minute Candidate Interview"); other names are
   * kept.
   */
  public InterviewTemplate withDuration(Duration newDuration) {
    boolean restated = name.equals(DEFAULT_NAME) && !newDuration.equals(duration);
    String newName = restated ? newDuration.toMinutes() + "-Minute Candidate Interview" : name;
    String newDescription = restated && description.equals(defaultDescription(duration))
        ? defaultDescription(newDuration) : description;
    return new InterviewTemplate(newName, newDuration, newDescription, locationKind, locationDetail);
  }

  /** The template every recruiter starts with (seed 000 creates it as the Cal.com event type). */
  public static InterviewTemplate defaultInterview() {
    return new InterviewTemplate(DEFAULT_NAME, Duration.ofMinutes(45), defaultDescription(Duration.ofMinutes(45)),
        LocationKind.VIDEO, "");
  }

  private static String defaultDescription(Duration length) {
    return "A " + length.toMinutes() + "-minute interview with the recruiter about the role and your experience.";
  }
}
