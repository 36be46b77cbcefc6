package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.port.in.profile.ProfileView;
import java.time.Instant;
import java.util.List;

/** A profile, with the pipeline moves it can make next ({@code next_statuses}). */
record ProfileResponse(String id, String fullName, String email, String phone, String location, String headline,
    String linkedinUrn, List<String> skills, Integer yearsOfExperience, String timeZone, String source,
    String status, String statusBeforeHold, List<String> nextStatuses, Instant statusChangedAt, Instant createdAt,
    Instant updatedAt, long version) {

  static ProfileResponse from(ProfileView view) {
    ProfileDetails details = view.details();
    return new ProfileResponse(view.id().toString(), details.fullName(),
        details.email().map(email -> email.value()).orElse(null), details.phone().orElse(null),
        details.location().orElse(null), details.headline().orElse(null), details.linkedinUrn().orElse(null),
        JobResponse.names(details.skills()), details.yearsOfExperience().orElse(null),
        details.timeZone().map(zone -> zone.getId()).orElse(null), WireEnums.toWire(view.source()),
        WireEnums.toWire(view.status()), view.statusBeforeHold().map(WireEnums::toWire).orElse(null),
        view.nextStatuses().stream().map(WireEnums::toWire).toList(), view.statusChangedAt(), view.createdAt(),
        view.updatedAt(), view.version());
  }
}
