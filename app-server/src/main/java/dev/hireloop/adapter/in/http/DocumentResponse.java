package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.cv.ProfileDocumentView;
import java.time.Instant;

/** A document stored with a profile, without its bytes (those are at {@code download}). */
record DocumentResponse(String id, String profileId, String fileName, String mediaType, long size, String sha256,
    Instant receivedAt, long profileVersion, boolean createdProfile, String download) {

  static DocumentResponse from(ProfileDocumentView view) {
    return new DocumentResponse(view.id().toString(), view.profileId().toString(), view.fileName(),
        view.mediaType(), view.size(), view.sha256(), view.receivedAt(), view.profileVersion(),
        view.createdProfile(), "/api/profiles/" + view.profileId() + "/documents/" + view.id());
  }
}
