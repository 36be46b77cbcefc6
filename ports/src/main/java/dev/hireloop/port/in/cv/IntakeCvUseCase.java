package dev.hireloop.port.in.cv;

/**
 * Reads a CV (PDF, DOCX, plain text or Markdown), parses it, and in one transaction updates the recruiter's profile
 * with the CV's e-mail address, or creates one (source CV); the original document and the parsed reading are kept
 * in the profile's CV history. A CV fills what the profile lacks and never overwrites what is there (a recruiter's
 * correction wins); the fields it would have changed are listed in {@link CvIntakeView#keptFields()}.
 *
 * <p>Refusals (422, nothing stored): {@code cv.intake-unavailable} without a document reader,
 * {@code document.too-large}, {@code document.unsupported-type}, {@code document.encrypted},
 * {@code document.corrupt}, {@code document.image-only}, {@code document.empty}, and {@code cv.no-name} for a CV
 * that would create a profile but names nobody.
 */
public interface IntakeCvUseCase {
  CvIntakeView intake(IntakeCvCommand command);
}
