package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Zones;
import dev.hireloop.port.in.recruiter.UpdateRecruiterCommand;
import java.util.Optional;

/** {@code PATCH /api/me}: only the fields present change; {@code null} means "leave as it is". */
record UpdateRecruiterRequest(String name, String email, String timeZone) {
  UpdateRecruiterCommand toCommand(RecruiterId recruiterId, Optional<Long> expectedVersion) {
    return new UpdateRecruiterCommand(recruiterId, Optional.ofNullable(name),
        Optional.ofNullable(email).map(Email::of),
        Optional.ofNullable(timeZone).map(zone -> Zones.parse(zone, "time_zone")), expectedVersion);
  }
}
