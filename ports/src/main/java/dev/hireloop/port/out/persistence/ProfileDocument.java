package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What is known about a document stored with a profile, without its bytes: the file name as sent (personal data:
 * often the candidate's name), the media type it is served under, its size and SHA-256 (lower-case hex).
 */
public record ProfileDocument(DocumentId id, RecruiterId recruiterId, ProfileId profileId, String fileName,
    String mediaType, long size, String sha256, Instant receivedAt) {
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  public ProfileDocument {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    fileName = Check.text(fileName, "fileName", 255);
    mediaType = Check.text(mediaType, "mediaType", 200);
    if (size < 0) {
      throw new InvalidValueException("document.size-invalid", "size must not be negative");
    }
    Check.notNull(sha256, "sha256");
    if (!SHA256.matcher(sha256).matches()) {
      throw new InvalidValueException("document.sha256-invalid", "sha256 must be 64 lower-case hex digits");
    }
    Check.notNull(receivedAt, "receivedAt");
  }

  @Override
  public String toString() {
    return "ProfileDocument[" + id + ", profile " + profileId + ", " + size + " bytes]";
  }
}
