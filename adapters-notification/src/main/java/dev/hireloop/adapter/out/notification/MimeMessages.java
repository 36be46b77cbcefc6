package dev.hireloop.adapter.out.notification;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an {@link EmailMessage} into MIME:
 *
 * <pre>
 * multipart/mixed
 * ├─ multipart/alternative
 * │  ├─ text/plain; charset=UTF-8
 * │  ├─ text/html; charset=UTF-8                      (when there is HTML)
 * │  └─ text/calendar; method=REQUEST; charset=UTF-8  (the first calendar attachment with a METHOD)
 * └─ every attachment, e.g. invite.ics as text/calendar; method=REQUEST, Content-Disposition: attachment
 * </pre>
 *
 * <p>Why the calendar twice: Gmail and Outlook offer Accept/Decline only for a {@code text/calendar} part with a
 * {@code method} parameter inside the {@code multipart/alternative} (an {@code .ics} that is only an attachment
 * shows as a file); other clients (Apple Mail, phones, webmail without calendar support) show the attachment,
 * which the candidate can also save. This is the layout Google Calendar's own invitations and nodemailer's
 * {@code icalEvent} use. The attachment keeps the caller's content type, {@code method=} included, so a client
 * that reads only attachments still knows whether it is a request or a cancellation.
 *
 * <p>Display names and the subject are RFC 2047-encoded in UTF-8 where they are not ASCII; line breaks in
 * display names become spaces (they would otherwise end the header).
 */
final class MimeMessages {
  private static final String UTF_8 = StandardCharsets.UTF_8.name();
  private static final String MESSAGE_ID_DOMAIN = "hireloop";

  private final Session session;
  private final Clock clock;

  MimeMessages(Session session, Clock clock) {
    this.session = session;
    this.clock = clock;
  }

  static String messageId(EmailMessage message) {
    return "<" + message.id() + "@" + MESSAGE_ID_DOMAIN + ">";
  }

  MimeMessage build(EmailMessage message) {
    try {
      MimeMessage mime = new FixedIdMessage(session, messageId(message));
      mime.setFrom(address(message.from()));
      for (EmailAddress to : message.to()) {
        mime.addRecipient(RecipientType.TO, address(to));
      }
      if (message.replyTo().isPresent()) {
        mime.setReplyTo(new InternetAddress[] {address(message.replyTo().get())});
      }
      mime.setSubject(message.subject(), UTF_8);
      mime.setSentDate(Date.from(clock.instant()));
      // an automated notice: out-of-office responders should not answer it (RFC 3834)
      mime.setHeader("Auto-Submitted", "auto-generated");

      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text(message.textBody(), "plain"));
      if (message.htmlBody().isPresent()) {
        alternative.addBodyPart(text(message.htmlBody().get(), "html"));
      }
      Optional<EmailAttachment> invitation =
          message.attachments().stream().filter(MimeMessages::isCalendarWithMethod).findFirst();
      if (invitation.isPresent()) {
        alternative.addBodyPart(inlineCalendar(invitation.get()));
      }
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);

      MimeMultipart mixed = new MimeMultipart("mixed");
      mixed.addBodyPart(body);
      for (EmailAttachment attachment : message.attachments()) {
        mixed.addBodyPart(attachment(attachment));
      }
      mime.setContent(mixed);
      mime.saveChanges();
      return mime;
    } catch (MessagingException e) {
      // every input was validated; a failure here is a bug, not a delivery problem
      throw new IllegalStateException("could not build the MIME message " + message.id(), e);
    }
  }

  private static InternetAddress address(EmailAddress address) {
    try {
      String name = address.name().map(MimeMessages::oneLine).orElse(null);
      return new InternetAddress(address.address().value(), name, UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  private static String oneLine(String name) {
    return name.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  private static MimeBodyPart text(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content, UTF_8, subtype);
    return part;
  }

  private static MimeBodyPart inlineCalendar(EmailAttachment attachment) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
    part.setHeader("Content-Type", attachment.contentType());
    return part;
  }

  private static MimeBodyPart attachment(EmailAttachment attachment) throws MessagingException {
    ContentType type = contentType(attachment);
    type.setParameter("name", attachment.fileName());
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), type.toString())));
    part.setHeader("Content-Type", type.toString());
    part.setDisposition(Part.ATTACHMENT);
    part.setFileName(attachment.fileName());
    return part;
  }

  private static boolean isCalendarWithMethod(EmailAttachment attachment) {
    ContentType type = contentType(attachment);
    return type.match("text/calendar") && type.getParameter("method") != null;
  }

  private static ContentType contentType(EmailAttachment attachment) {
    try {
      ContentType type = new ContentType(attachment.contentType());
      type.setPrimaryType(type.getPrimaryType().toLowerCase(Locale.ROOT));
      type.setSubType(type.getSubType().toLowerCase(Locale.ROOT));
      return type;
    } catch (ParseException e) {
      throw new InvalidValueException("attachment.content-type-invalid",
          "the content type of attachment " + attachment.fileName() + " is not a MIME type");
    }
  }

  /** Keeps the Message-ID derived from the message id instead of a fresh random one on every save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
