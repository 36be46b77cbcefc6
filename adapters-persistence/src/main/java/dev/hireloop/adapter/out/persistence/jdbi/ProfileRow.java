package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code profiles}; the skills live in {@code profile_skills}. */
record ProfileRow(UUID id, UUID recruiterId, String fullName, String email, String phone, String location,
    String headline, String linkedinUrn, Integer yearsOfExperience, String timeZone, String source, String status,
    String statusBeforeHold, Instant statusChangedAt, Instant createdAt, Instant updatedAt, long version) {

  static ProfileRow from(Profile profile) {
    ProfileDetails details = profile.details();
    return new ProfileRow(profile.id().value(), profile.recruiterId().value(), details.fullName(),
        details.email().map(Email::value).orElse(null), details.phone().orElse(null),
        details.location().orElse(null), details.headline().orElse(null), details.linkedinUrn().orElse(null),
        details.yearsOfExperience().orElse(null), details.timeZone().map(ZoneId::getId).orElse(null),
        profile.source().name(), profile.status().name(), profile.statusBeforeHold().map(Enum::name).orElse(null),
        profile.statusChangedAt(), profile.createdAt(), profile.updatedAt(), profile.version().value());
  }

  static ProfileRow map(ResultSet resultSet) throws SQLException {
    return new ProfileRow(Columns.uuid(resultSet, "id"), Columns.uuid(resultSet, "recruiter_id"),
        Columns.text(resultSet, "full_name"), Columns.text(resultSet, "email"), Columns.text(resultSet, "phone"),
        Columns.text(resultSet, "location"), Columns.text(resultSet, "headline"),
        Columns.text(resultSet, "linkedin_urn"), Columns.integer(resultSet, "years_of_experience"),
        Columns.text(resultSet, "time_zone"), Columns.text(resultSet, "source"), Columns.text(resultSet, "status"),
        Columns.text(resultSet, "status_before_hold"), Columns.instant(resultSet, "status_changed_at"),
        Columns.instant(resultSet, "created_at"), Columns.instant(resultSet, "updated_at"),
        resultSet.getLong("version"));
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    return statement.bind("id", id).bind("recruiterId", recruiterId).bind("fullName", fullName)
        .bind("email", email).bind("phone", phone).bind("location", location).bind("headline", headline)
        .bind("linkedinUrn", linkedinUrn).bind("yearsOfExperience", yearsOfExperience).bind("timeZone", timeZone)
        .bind("source", source).bind("status", status).bind("statusBeforeHold", statusBeforeHold)
        .bindByType("statusChangedAt", statusChangedAt, Instant.class)
        .bind("searchName", Columns.searchable(fullName)).bind("searchHeadline", Columns.searchable(headline))
        .bindByType("createdAt", createdAt, Instant.class).bindByType("updatedAt", updatedAt, Instant.class)
        .bind("version", version);
  }

  Profile toDomain(List<SkillRow> skills) {
    ProfileDetails details = new ProfileDetails(fullName, Optional.ofNullable(email).map(Email::of),
        Optional.ofNullable(phone), Optional.ofNullable(location), Optional.ofNullable(headline),
        Optional.ofNullable(linkedinUrn), SkillRow.skills(skills, true), Optional.ofNullable(yearsOfExperience),
        Optional.ofNullable(timeZone).map(ZoneId::of));
    return new Profile(new ProfileId(id), new RecruiterId(recruiterId), details, ProfileSource.valueOf(source),
        PipelineStatus.valueOf(status), Optional.ofNullable(statusBeforeHold).map(PipelineStatus::valueOf),
        statusChangedAt, createdAt, updatedAt, new Version(version));
  }
}
