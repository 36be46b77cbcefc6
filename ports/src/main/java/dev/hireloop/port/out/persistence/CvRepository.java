package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the CVs received for profiles: each original document byte for byte, with the parsed reading of it. A
 * document and its reading are added and erased together. Histories list newest first (by {@code receivedAt}, ties
 * by document id descending). Personal data: {@link #erase} removes the bytes and the reading for good.
 */
public interface CvRepository {
  /** Stores a CV and its bytes; a document id that is already stored is {@code cv.duplicate}. */
  void add(StoredCv cv, byte[] content);

  /** Every CV of the profile, newest first, without bytes. */
  List<StoredCv> history(ProfileId profileId);

  Optional<StoredCv> findByDocument(DocumentId documentId);

  /** The original bytes of a stored document. */
  Optional<byte[]> content(DocumentId documentId);

  /** The latest parsed CV of every profile of the recruiter that has one: what matching a job reads. */
  Map<ProfileId, ParsedCv> latestParsed(RecruiterId recruiterId);

  /** Removes the document and its reading; false when there was none. */
  boolean erase(DocumentId documentId);
}
