package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.shared.Check;

/**
 * One CV in a profile's history: the document it came in, what the parser read from it, and the profile version
 * the intake produced ({@code createdProfile}: the CV created the profile).
 */
public record StoredCv(ProfileDocument document, ParsedCv parsed, long profileVersion, boolean createdProfile) {
  public StoredCv {
    Check.notNull(document, "document");
    Check.notNull(parsed, "parsed");
    if (profileVersion < 1) {
      throw new dev.hireloop.domain.shared.InvalidValueException("cv.profile-version-invalid",
          "profileVersion is a stored version, from 1");
    }
  }
}
