package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Seed 001's {@code POST /scheduling/book}: a booking link for one of the recruiter's candidates.
 * {@code provider} defaults to {@code manual}; {@code duration_minutes} to the template's length;
 * {@code template_id} to the recruiter's original template; {@code timezone} (the zone the candidate's page opens
 * in) to the profile's zone, else the recruiter's.
 */
record CreateBookingLinkRequest(String profileId, Integer durationMinutes, String provider, String timezone,
    String templateId) {
  static final String DEFAULT_PROVIDER = "manual";

  ProfileId profile() {
    return new ProfileId(Requests.bodyId(profileId, "profile_id"));
  }

  Optional<ZoneId> zone() {
    return TimeValues.optionalZone(timezone, "timezone");
  }

  Optional<EventTypeId> template() {
    return Optional.ofNullable(templateId).map(raw -> new EventTypeId(Requests.bodyId(raw, "template_id")));
  }

  String providerOrDefault() {
    return provider == null ? DEFAULT_PROVIDER : provider.strip();
  }
}
