package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.CvRepository;
import dev.hireloop.port.out.persistence.ProfileDocument;
import dev.hireloop.port.out.persistence.StoredCv;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** CVs in memory, keyed by document id; the bytes are copied in and out. Thread-safe. */
final class InMemoryCvRepository implements CvRepository {
  private static final Comparator<StoredCv> NEWEST_FIRST = Comparator
      .comparing((StoredCv cv) -> cv.document().receivedAt())
      .thenComparing(cv -> cv.document().id().value(), MemoryStore.UUID_ORDER)
      .reversed();

  private record Entry(StoredCv cv, byte[] content) {}

  private final MemoryStore store;
  private final TxMap<DocumentId, Entry> byId;

  InMemoryCvRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public void add(StoredCv cv, byte[] content) {
    Check.notNull(cv, "cv");
    Check.notNull(content, "content");
    ProfileDocument document = cv.document();
    StoredCv stored = new StoredCv(new ProfileDocument(document.id(), document.recruiterId(), document.profileId(),
        document.fileName(), document.mediaType(), document.size(), document.sha256(),
        Microseconds.truncate(document.receivedAt())), cv.parsed(), cv.profileVersion(), cv.createdProfile());
    byte[] copy = content.clone();
    store.inTransaction(() -> {
      if (byId.containsKey(document.id())) {
        throw new ConflictException("cv.duplicate", "document " + document.id() + " is already stored");
      }
      byId.put(document.id(), new Entry(stored, copy));
      return null;
    });
  }

  @Override
  public List<StoredCv> history(ProfileId profileId) {
    Check.notNull(profileId, "profileId");
    return store.inTransaction(() -> byId.values().stream().map(Entry::cv)
        .filter(cv -> cv.document().profileId().equals(profileId))
        .sorted(NEWEST_FIRST)
        .toList());
  }

  @Override
  public Optional<StoredCv> findByDocument(DocumentId documentId) {
    Check.notNull(documentId, "documentId");
    return store.inTransaction(() -> byId.get(documentId).map(Entry::cv));
  }

  @Override
  public Optional<byte[]> content(DocumentId documentId) {
    Check.notNull(documentId, "documentId");
    return store.inTransaction(() -> byId.get(documentId).map(entry -> entry.content().clone()));
  }

  @Override
  public Map<ProfileId, ParsedCv> latestParsed(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    return store.inTransaction(() -> {
      Map<ProfileId, ParsedCv> latest = new LinkedHashMap<>();
      byId.values().stream().map(Entry::cv)
          .filter(cv -> cv.document().recruiterId().equals(recruiterId))
          .sorted(NEWEST_FIRST)
          .forEach(cv -> latest.putIfAbsent(cv.document().profileId(), cv.parsed()));
      return latest;
    });
  }

  @Override
  public boolean erase(DocumentId documentId) {
    Check.notNull(documentId, "documentId");
    return store.inTransaction(() -> {
      boolean present = byId.containsKey(documentId);
      byId.remove(documentId);
      return present;
    });
  }
}
