package dev.hireloop.adapter.out.persistence.jdbi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * One row of {@code email_outbox}: a stored message without its attachments (those live in
 * {@code email_attachments}). The recipients are a JSON array of {@code {"name"?, "address"}} objects, in order.
 */
record EmailRow(UUID id, UUID recruiterId, String purpose, String status, int attempts, String lastError,
    String fromName, String fromAddress, String recipients, String replyToName, String replyToAddress,
    String subject, String textBody, String htmlBody, Instant createdAt, Instant updatedAt, Instant sentAt,
    Instant nextAttemptAt, long version) {

  static final String COLUMNS = """
      id, recruiter_id, purpose, status, attempts, last_error, from_name, from_address, recipients, reply_to_name,
      reply_to_address, subject, text_body, html_body, created_at, updated_at, sent_at, next_attempt_at, version""";
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  static EmailRow from(StoredEmail email) {
    EmailMessage message = email.message();
    return new EmailRow(message.id(), email.recruiterId().value(), email.purpose(), email.status().name(),
        email.attempts(), email.lastError().orElse(null), message.from().name().orElse(null),
        message.from().address().value(), writeRecipients(message.to()),
        message.replyTo().flatMap(EmailAddress::name).orElse(null),
        message.replyTo().map(address -> address.address().value()).orElse(null), message.subject(),
        message.textBody(), message.htmlBody().orElse(null), email.createdAt(), email.updatedAt(),
        email.sentAt().orElse(null), email.nextAttemptAt().orElse(null), email.version().value());
  }

  /** Reads the message columns of the current row (a join may add attachment columns). */
  static EmailRow map(ResultSet resultSet) throws SQLException {
    return new EmailRow(Columns.uuid(resultSet, "id"), Columns.uuid(resultSet, "recruiter_id"),
        Columns.text(resultSet, "purpose"), Columns.text(resultSet, "status"), resultSet.getInt("attempts"),
        Columns.text(resultSet, "last_error"), Columns.text(resultSet, "from_name"),
        Columns.text(resultSet, "from_address"), Columns.text(resultSet, "recipients"),
        Columns.text(resultSet, "reply_to_name"), Columns.text(resultSet, "reply_to_address"),
        Columns.text(resultSet, "subject"), Columns.text(resultSet, "text_body"),
        Columns.text(resultSet, "html_body"), Columns.instant(resultSet, "created_at"),
        Columns.instant(resultSet, "updated_at"), Columns.instant(resultSet, "sent_at"),
        Columns.instant(resultSet, "next_attempt_at"), resultSet.getLong("version"));
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    return statement.bind("id", id).bind("recruiterId", recruiterId).bind("purpose", purpose)
        .bind("status", status).bind("attempts", attempts).bind("lastError", lastError)
        .bind("fromName", fromName).bind("fromAddress", fromAddress).bind("recipients", recipients)
        .bind("replyToName", replyToName).bind("replyToAddress", replyToAddress).bind("subject", subject)
        .bind("textBody", textBody).bind("htmlBody", htmlBody)
        .bindByType("createdAt", createdAt, Instant.class).bindByType("updatedAt", updatedAt, Instant.class)
        .bindByType("sentAt", sentAt, Instant.class).bindByType("nextAttemptAt", nextAttemptAt, Instant.class)
        .bind("version", version);
  }

  StoredEmail toDomain(List<EmailAttachment> attachments) {
    try {
      Optional<EmailAddress> replyTo = replyToAddress == null ? Optional.empty()
          : Optional.of(new EmailAddress(Optional.ofNullable(replyToName), new Email(replyToAddress)));
      EmailMessage message = new EmailMessage(id, new EmailAddress(Optional.ofNullable(fromName),
          new Email(fromAddress)), readRecipients(recipients), replyTo, subject, textBody,
          Optional.ofNullable(htmlBody), attachments);
      return new StoredEmail(message, new RecruiterId(recruiterId), purpose, EmailStatus.valueOf(status), attempts,
          Optional.ofNullable(lastError), createdAt, updatedAt, Optional.ofNullable(sentAt),
          Optional.ofNullable(nextAttemptAt), new Version(version));
    } catch (HireloopException | IllegalArgumentException e) {
      throw new ExternalServiceException("email.unreadable", "a stored e-mail cannot be read", e);
    }
  }

  static String writeRecipients(List<EmailAddress> recipients) {
    ArrayNode array = MAPPER.createArrayNode();
    for (EmailAddress recipient : recipients) {
      ObjectNode node = array.addObject();
      recipient.name().ifPresent(name -> node.put("name", name));
      node.put("address", recipient.address().value());
    }
    try {
      return MAPPER.writeValueAsString(array);
    } catch (JacksonException e) {
      throw new IllegalStateException("an array of objects of strings is always serialisable", e);
    }
  }

  static List<EmailAddress> readRecipients(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new ExternalServiceException("email.unreadable", "a stored e-mail's recipients cannot be read", e);
    }
    if (root == null || !root.isArray()) {
      throw new ExternalServiceException("email.unreadable", "a stored e-mail's recipients are not a list");
    }
    List<EmailAddress> recipients = new ArrayList<>();
    for (JsonNode node : root) {
      JsonNode name = node.get("name");
      JsonNode address = node.get("address");
      if (address == null || !address.isTextual() || (name != null && !name.isTextual())) {
        throw new ExternalServiceException("email.unreadable", "a stored e-mail's recipient cannot be read");
      }
      recipients.add(new EmailAddress(Optional.ofNullable(name).map(JsonNode::asText),
          new Email(address.asText())));
    }
    return recipients;
  }
}
