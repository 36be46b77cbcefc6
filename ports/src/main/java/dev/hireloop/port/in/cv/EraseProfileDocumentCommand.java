package dev.hireloop.port.in.cv;

import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

public record EraseProfileDocumentCommand(RecruiterId recruiterId, ProfileId profileId, DocumentId documentId) {
  public EraseProfileDocumentCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(documentId, "documentId");
  }
}
