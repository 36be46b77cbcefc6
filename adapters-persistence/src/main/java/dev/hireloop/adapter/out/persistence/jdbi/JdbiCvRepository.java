package dev.hireloop.adapter.out.persistence.jdbi;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CVs in {@code <schema>.profile_documents} (the bytes) and {@code <schema>.profile_cvs} (the parsed reading, as
 * JSON), written and erased together. Reads of history never load the bytes. Thread-safe.
 */
final class JdbiCvRepository implements CvRepository {
  private static final String INSERT_DOCUMENT = """
      INSERT INTO <schema>.profile_documents (id, recruiter_id, profile_id, file_name, media_type, size_bytes,
          sha256, content, received_at)
      VALUES (:id, :recruiterId, :profileId, :fileName, :mediaType, :size, :sha256, :content, :receivedAt)""";
  private static final String INSERT_CV = """
      INSERT INTO <schema>.profile_cvs (document_id, recruiter_id, profile_id, profile_version, created_profile,
          parsed, received_at)
      VALUES (:id, :recruiterId, :profileId, :profileVersion, :createdProfile, :parsed, :receivedAt)""";
  private static final String SELECT = """
      SELECT d.id, d.recruiter_id, d.profile_id, d.file_name, d.media_type, d.size_bytes, d.sha256, d.received_at,
          c.profile_version, c.created_profile, c.parsed
      FROM <schema>.profile_documents d JOIN <schema>.profile_cvs c ON c.document_id = d.id
      """;

  private final Database database;

  JdbiCvRepository(Database database) {
    this.database = database;
  }

  @Override
  public void add(StoredCv cv, byte[] content) {
    Check.notNull(cv, "cv");
    Check.notNull(content, "content");
    ProfileDocument document = cv.document();
    Instant receivedAt = Microseconds.truncate(document.receivedAt());
    String parsed = CvJson.write(cv.parsed());
    database.write(handle -> {
      handle.createUpdate(INSERT_DOCUMENT)
          .bind("id", document.id().value())
          .bind("recruiterId", document.recruiterId().value())
          .bind("profileId", document.profileId().value())
          .bind("fileName", document.fileName())
          .bind("mediaType", document.mediaType())
          .bind("size", document.size())
          .bind("sha256", document.sha256())
          .bind("content", content)
          .bind("receivedAt", receivedAt)
          .execute();
      handle.createUpdate(INSERT_CV)
          .bind("id", document.id().value())
          .bind("recruiterId", document.recruiterId().value())
          .bind("profileId", document.profileId().value())
          .bind("profileVersion", cv.profileVersion())
          .bind("createdProfile", cv.createdProfile())
          .bind("parsed", parsed)
          .bind("receivedAt", receivedAt)
          .execute();
      return null;
    }, message -> new ConflictException("cv.duplicate", "document " + document.id() + " is already stored"));
  }

  @Override
  public List<StoredCv> history(ProfileId profileId) {
    Check.notNull(profileId, "profileId");
    return database.read(handle -> handle.createQuery(SELECT
            + "WHERE d.profile_id = :profileId ORDER BY d.received_at DESC, d.id DESC")
        .bind("profileId", profileId.value())
        .map((resultSet, context) -> map(resultSet))
        .list());
  }

  @Override
  public Optional<StoredCv> findByDocument(DocumentId documentId) {
    Check.notNull(documentId, "documentId");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE d.id = :id")
        .bind("id", documentId.value())
        .map((resultSet, context) -> map(resultSet))
        .findOne());
  }

  @Override
  public Optional<byte[]> content(DocumentId documentId) {
    Check.notNull(documentId, "documentId");
    return database.read(handle -> handle.createQuery(
            "SELECT content FROM <schema>.profile_documents WHERE id = :id")
        .bind("id", documentId.value())
        .map((resultSet, context) -> resultSet.getBytes("content"))
        .findOne());
  }

  @Override
  public Map<ProfileId, ParsedCv> latestParsed(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    Map<ProfileId, ParsedCv> latest = new LinkedHashMap<>();
    // newest first per profile: the first row of each profile is its latest CV
    database.read(handle -> handle.createQuery("""
            SELECT profile_id, parsed FROM <schema>.profile_cvs WHERE recruiter_id = :recruiterId
            ORDER BY profile_id, received_at DESC, document_id DESC""")
        .bind("recruiterId", recruiterId.value())
        .map((resultSet, context) -> {
          ProfileId profileId = new ProfileId(Columns.uuid(resultSet, "profile_id"));
          if (!latest.containsKey(profileId)) {
            latest.put(profileId, CvJson.readCv(resultSet.getString("parsed")));
          }
          return profileId;
        })
        .list());
    return latest;
  }

  @Override
  public boolean erase(DocumentId documentId) {
    Check.notNull(documentId, "documentId");
    return database.write(handle -> {
      handle.createUpdate("DELETE FROM <schema>.profile_cvs WHERE document_id = :id")
          .bind("id", documentId.value()).execute();
      return handle.createUpdate("DELETE FROM <schema>.profile_documents WHERE id = :id")
          .bind("id", documentId.value()).execute() == 1;
    });
  }

  private static StoredCv map(ResultSet resultSet) throws SQLException {
    ProfileDocument document = new ProfileDocument(
        new DocumentId(Columns.uuid(resultSet, "id")),
        new RecruiterId(Columns.uuid(resultSet, "recruiter_id")),
        new ProfileId(Columns.uuid(resultSet, "profile_id")),
        resultSet.getString("file_name"),
        resultSet.getString("media_type"),
        resultSet.getLong("size_bytes"),
        resultSet.getString("sha256"),
        Columns.instant(resultSet, "received_at"));
    return new StoredCv(document, CvJson.readCv(resultSet.getString("parsed")),
        resultSet.getLong("profile_version"), resultSet.getBoolean("created_profile"));
  }
}
