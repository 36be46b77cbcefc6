package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.cv.CvIntakeView;
import java.util.List;

/**
 * What a CV upload did: the profile as it now is, whether the CV created it, the stored document, every parsed
 * field with its confidence, and the profile fields kept against what the CV said.
 */
record CvIntakeResponse(ProfileResponse profile, boolean created, DocumentResponse document, ParsedCvBody parsed,
    List<String> keptFields) {

  static CvIntakeResponse from(CvIntakeView view) {
    return new CvIntakeResponse(ProfileResponse.from(view.profile()), view.created(),
        DocumentResponse.from(view.document()), ParsedCvBody.from(view.parsed()), view.keptFields());
  }
}
