package dev.hireloop.port.in.cv;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.List;

/** The documents stored with one of the recruiter's profiles, newest first; another's profile is not found. */
public interface ListProfileDocumentsUseCase {
  List<ProfileDocumentView> list(RecruiterId recruiterId, ProfileId profileId);
}
