package dev.hireloop.port.in.cv;

import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.port.out.persistence.StoredCv;
import java.time.Instant;

/**
 * A document stored with a profile, without its bytes: the CV it was, and the profile version its intake produced
 * ({@code createdProfile}: the intake created the profile).
 */
public record ProfileDocumentView(DocumentId id, ProfileId profileId, String fileName, String mediaType, long size,
    String sha256, Instant receivedAt, long profileVersion, boolean createdProfile) {

  public static ProfileDocumentView from(StoredCv cv) {
    return new ProfileDocumentView(cv.document().id(), cv.document().profileId(), cv.document().fileName(),
        cv.document().mediaType(), cv.document().size(), cv.document().sha256(), cv.document().receivedAt(),
        cv.profileVersion(), cv.createdProfile());
  }

  @Override
  public String toString() {
    return "ProfileDocumentView[" + id + ", profile " + profileId + ", " + size + " bytes]";
  }
}
