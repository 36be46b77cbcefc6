package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.notification.StoredEmailView;
import dev.hireloop.port.out.notification.EmailAddress;
import java.time.Instant;
import java.util.List;

/** One stored e-mail: who, what, its status, and its attachments described (no content). */
record StoredEmailResponse(String id, String purpose, String status, AddressBody from, List<AddressBody> to,
    AddressBody replyTo, String subject, String textBody, String htmlBody, List<AttachmentBody> attachments,
    int attempts, String lastError, Instant createdAt, Instant updatedAt, Instant sentAt) {

  record AddressBody(String name, String email) {
    static AddressBody from(EmailAddress address) {
      return new AddressBody(address.name().orElse(null), address.address().value());
    }
  }

  record AttachmentBody(String fileName, String contentType, int size) {}

  static StoredEmailResponse from(StoredEmailView view) {
    return new StoredEmailResponse(view.id().toString(), view.purpose(), WireEnums.toWire(view.status()),
        AddressBody.from(view.from()), view.to().stream().map(AddressBody::from).toList(),
        view.replyTo().map(AddressBody::from).orElse(null), view.subject(), view.textBody(),
        view.htmlBody().orElse(null),
        view.attachments().stream()
            .map(file -> new AttachmentBody(file.fileName(), file.contentType(), file.size())).toList(),
        view.attempts(), view.lastError().orElse(null), view.createdAt(), view.updatedAt(),
        view.sentAt().orElse(null));
  }
}
