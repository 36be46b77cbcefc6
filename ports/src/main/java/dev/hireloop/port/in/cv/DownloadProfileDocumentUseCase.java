package dev.hireloop.port.in.cv;

import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;

/** The original bytes of a stored document; {@code document.not-found} unless it is this profile's and recruiter's. */
public interface DownloadProfileDocumentUseCase {
  DocumentFile download(RecruiterId recruiterId, ProfileId profileId, DocumentId documentId);
}
