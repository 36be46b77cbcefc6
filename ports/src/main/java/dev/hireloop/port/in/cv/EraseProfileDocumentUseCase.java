package dev.hireloop.port.in.cv;

/**
 * Erases a stored document for good: its bytes and the parsed copy of it (personal data). The profile keeps the
 * values the CV filled in; an audit entry records the erasure with ids only. {@code document.not-found} unless it
 * is this profile's and recruiter's.
 */
public interface EraseProfileDocumentUseCase {
  void erase(EraseProfileDocumentCommand command);
}
