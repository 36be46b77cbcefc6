package dev.hireloop.port.in.cv;

import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.in.profile.ProfileView;
import java.util.List;

/**
 * What a CV intake did: the profile as it now is, whether the CV created it, the stored document, every field the
 * parser read with its confidence, and the profile fields the CV disagreed with that were kept as they were
 * ({@code full_name}, {@code phone}, {@code location}, {@code headline}, {@code years_of_experience}).
 */
public record CvIntakeView(ProfileView profile, boolean created, ProfileDocumentView document, ParsedCv parsed,
    List<String> keptFields) {
  public CvIntakeView {
    Check.notNull(profile, "profile");
    Check.notNull(document, "document");
    Check.notNull(parsed, "parsed");
    keptFields = List.copyOf(keptFields);
  }
}
