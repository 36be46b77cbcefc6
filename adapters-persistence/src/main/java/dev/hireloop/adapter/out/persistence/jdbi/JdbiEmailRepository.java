package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
import dev.hireloop.port.out.persistence.EmailRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The stored e-mail outbox in {@code <schema>.email_outbox}, attachments in {@code <schema>.email_attachments}. A
 * message and its attachments are read with one statement (one consistent snapshot) and written in one
 * transaction; an update rewrites the attachments, so that what is read back is always exactly what was saved.
 * Thread-safe.
 */
final class JdbiEmailRepository implements EmailRepository {
  private static final String INSERT = "INSERT INTO <schema>.email_outbox (" + EmailRow.COLUMNS + """
      )
      VALUES (:id, :recruiterId, :purpose, :status, :attempts, :lastError, :fromName, :fromAddress, :recipients,
          :replyToName, :replyToAddress, :subject, :textBody, :htmlBody, :createdAt, :updatedAt, :sentAt, :nextAttemptAt,
          :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.email_outbox
      SET recruiter_id = :recruiterId, purpose = :purpose, status = :status, attempts = :attempts,
          last_error = :lastError, from_name = :fromName, from_address = :fromAddress, recipients = :recipients,
          reply_to_name = :replyToName, reply_to_address = :replyToAddress, subject = :subject,
          text_body = :textBody, html_body = :htmlBody, created_at = :createdAt, updated_at = :updatedAt,
          sent_at = :sentAt, next_attempt_at = :nextAttemptAt, version = :version
      WHERE id = :id AND version = :expected""";
  private static final String INSERT_ATTACHMENT = """
      INSERT INTO <schema>.email_attachments (email_id, position, file_name, content_type, content)
      VALUES (:emailId, :position, :fileName, :contentType, :content)""";
  /** Messages with their attachments: one row per attachment (or one row without), in one statement. */
  private static final String SELECT_WITH_ATTACHMENTS = """
      SELECT e.*, a.position AS attachment_position, a.file_name AS attachment_file_name,
          a.content_type AS attachment_content_type, a.content AS attachment_content
      FROM %s e LEFT JOIN <schema>.email_attachments a ON a.email_id = e.id
      """;
  private static final String NEWEST_FIRST = " ORDER BY e.created_at DESC, e.id DESC";
  private static final String LONGEST_DUE_FIRST = " ORDER BY e.next_attempt_at, e.created_at, e.id";

  private final Database database;

  JdbiEmailRepository(Database database) {
    this.database = database;
  }

  @Override
  public StoredEmail save(StoredEmail email) {
    Check.notNull(email, "email");
    StoredEmail stored = Microseconds.truncate(email).withVersion(email.version().next());
    EmailRow row = EmailRow.from(stored);
    database.write(handle -> {
      int changed;
      if (email.version().isInitial()) {
        changed = row.bind(handle.createUpdate(INSERT)).execute();
      } else {
        changed = row.bind(handle.createUpdate(UPDATE)).bind("expected", email.version().value()).execute();
        if (changed == 1) {
          handle.createUpdate("DELETE FROM <schema>.email_attachments WHERE email_id = :id")
              .bind("id", row.id()).execute();
        }
      }
      if (changed != 1) {
        throw stale(email);
      }
      insertAttachments(handle, row.id(), stored.message().attachments());
      return null;
    }, message -> stale(email));
    return stored;
  }

  @Override
  public Optional<StoredEmail> findById(UUID messageId) {
    Check.notNull(messageId, "messageId");
    return database.read(handle -> readEmails(handle.createQuery(
            SELECT_WITH_ATTACHMENTS.formatted("<schema>.email_outbox") + "WHERE e.id = :id ORDER BY a.position")
        .bind("id", messageId)))
        .stream().findFirst();
  }

  @Override
  public Page<StoredEmail> list(RecruiterId recruiterId, Set<EmailStatus> statuses, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(statuses, "statuses");
    Check.notNull(page, "page");
    List<String> statusNames = statuses.stream().map(EmailStatus::name).sorted().toList();
    String where = " WHERE e.recruiter_id = :recruiterId"
        + (statusNames.isEmpty() ? "" : " AND e.status IN (<statuses>)");
    return database.read(handle -> {
      long total = bindList(handle.createQuery("SELECT COUNT(*) FROM <schema>.email_outbox e" + where),
          recruiterId, statusNames)
          .mapTo(Long.class).one();
      String pageOfEmails = "(SELECT * FROM <schema>.email_outbox e" + where + NEWEST_FIRST
          + " LIMIT :limit OFFSET :offset)";
      List<StoredEmail> emails = total == 0 ? List.of() : readEmails(bindList(handle.createQuery(
          SELECT_WITH_ATTACHMENTS.formatted(pageOfEmails) + NEWEST_FIRST + ", a.position"), recruiterId, statusNames)
          .bind("limit", page.limit())
          .bind("offset", page.offset()));
      return new Page<>(emails, page.offset(), page.limit(), total);
    });
  }

  @Override
  public List<StoredEmail> findDue(Instant now, int limit) {
    Check.notNull(now, "now");
    Check.range(limit, "limit", 1, 1_000);
    String due = "(SELECT * FROM <schema>.email_outbox e WHERE e.status = 'QUEUED' AND e.next_attempt_at <= :now"
        + LONGEST_DUE_FIRST + " LIMIT :limit)";
    return database.read(handle -> readEmails(handle.createQuery(
            SELECT_WITH_ATTACHMENTS.formatted(due) + LONGEST_DUE_FIRST + ", a.position")
        .bindByType("now", Microseconds.truncate(now), Instant.class)
        .bind("limit", limit)));
  }

  private static Query bindList(Query query, RecruiterId recruiterId, List<String> statusNames) {
    query.bind("recruiterId", recruiterId.value());
    if (!statusNames.isEmpty()) {
      query.bindList("statuses", statusNames);
    }
    return query;
  }

  /** Folds the joined rows into messages, keeping the query's order of messages and of attachments. */
  private static List<StoredEmail> readEmails(Query query) {
    Map<UUID, EmailRow> emails = new LinkedHashMap<>();
    Map<UUID, List<EmailAttachment>> attachments = new LinkedHashMap<>();
    query.map((resultSet, context) -> {
      EmailRow email = EmailRow.map(resultSet);
      emails.putIfAbsent(email.id(), email);
      List<EmailAttachment> ofEmail = attachments.computeIfAbsent(email.id(), id -> new ArrayList<>());
      attachment(resultSet).ifPresent(ofEmail::add);
      return email.id();
    }).list();
    return emails.values().stream().map(email -> email.toDomain(attachments.get(email.id()))).toList();
  }

  private static Optional<EmailAttachment> attachment(ResultSet resultSet) throws SQLException {
    String fileName = resultSet.getString("attachment_file_name");
    if (fileName == null) {
      return Optional.empty();
    }
    return Optional.of(new EmailAttachment(fileName, resultSet.getString("attachment_content_type"),
        resultSet.getBytes("attachment_content")));
  }

  private static void insertAttachments(Handle handle, UUID emailId, List<EmailAttachment> attachments) {
    if (attachments.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT_ATTACHMENT);
    for (int position = 0; position < attachments.size(); position++) {
      EmailAttachment attachment = attachments.get(position);
      batch.bind("emailId", emailId).bind("position", position).bind("fileName", attachment.fileName())
          .bind("contentType", attachment.contentType()).bind("content", attachment.content()).add();
    }
    batch.execute();
  }

  private static ConflictException stale(StoredEmail email) {
    return new ConflictException("email.stale", "stored e-mail " + email.message().id()
        + " was changed by someone else (version " + email.version().value() + " is not the stored one)");
  }
}
