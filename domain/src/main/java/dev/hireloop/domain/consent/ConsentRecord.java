package dev.hireloop.domain.consent;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A candidate's consent for one purpose: when and how it was given ({@code source}, e.g. "booking page checkbox"),
 * and when it was withdrawn. Kept as evidence even after withdrawal.
 */
public record ConsentRecord(
    ConsentId id,
    RecruiterId recruiterId,
    ProfileId profileId,
    ConsentPurpose purpose,
    String source,
    Instant grantedAt,
    Optional<Instant> expiresAt,
    Optional<Instant> withdrawnAt,
    Version version) {

  public ConsentRecord {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(purpose, "purpose");
    source = Check.text(source, "source", 300);
    Check.notNull(grantedAt, "grantedAt");
    Check.notNull(expiresAt, "expiresAt");
    Check.notNull(withdrawnAt, "withdrawnAt");
    Check.notNull(version, "version");
    if (expiresAt.filter(expiry -> !expiry.isAfter(grantedAt)).isPresent()) {
      throw new RuleViolationException("consent.expiry-before-grant", "consent must expire after it is granted");
    }
  }

  public static ConsentRecord grant(ConsentId id, RecruiterId recruiterId, ProfileId profileId,
      ConsentPurpose purpose, String source, Optional<Instant> expiresAt, Instant now) {
    return new ConsentRecord(id, recruiterId, profileId, purpose, source, now, expiresAt, Optional.empty(),
        Version.initial());
  }

  public boolean isActiveAt(Instant now) {
    return withdrawnAt.isEmpty() && !now.isBefore(grantedAt) && expiresAt.map(now::isBefore).orElse(true);
  }

  public ConsentRecord withdraw(Instant now) {
    if (withdrawnAt.isPresent()) {
      throw new RuleViolationException("consent.already-withdrawn", "consent is already withdrawn");
    }
    return new ConsentRecord(id, recruiterId, profileId, purpose, source, grantedAt, expiresAt, Optional.of(now),
        version);
  }

  public ConsentRecord withVersion(Version stored) {
    return new ConsentRecord(id, recruiterId, profileId, purpose, source, grantedAt, expiresAt, withdrawnAt, stored);
  }
}
