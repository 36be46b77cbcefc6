package dev.hireloop.adapter.out.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ExternalServiceException.Failure;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.Notifier;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends e-mail over SMTP with Angus Mail, one connection per message. Thread-safe: the mail {@link Session} is
 * shared and immutable, every {@link #send} opens its own transport.
 *
 * <p>Idempotency: the {@code Message-ID} is derived from {@link EmailMessage#id()} ({@code <id@hireloop>}), so a
 * retry after an ambiguous failure (the connection dropped after {@code DATA}) carries the same id and receivers
 * that de-duplicate by it show one message. SMTP itself cannot guarantee more.
 *
 * <p>Failures are {@link ExternalServiceException}s: a refused or timed-out connection, a dropped connection and
 * every 4xx reply are {@link Failure#UNAVAILABLE} ({@code email.unavailable}, worth retrying); a 5xx reply is
 * {@link Failure#BAD_RESPONSE}: {@code email.auth-failed} for a rejected login, {@code email.rejected} for a
 * rejected sender, recipient or content; {@code email.tls-unavailable} and {@code email.tls-failed} when the
 * connection cannot be protected as configured. Exception messages and logs carry the message id and SMTP reply
 * codes only, never addresses, subjects or bodies (servers echo addresses in their replies, so those are dropped).
 */
public final class SmtpNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);

  private final SmtpSettings settings;
  private final Session session;
  private final MimeMessages mime;

  public SmtpNotifier(SmtpSettings settings, Clock clock) {
    this.settings = Check.notNull(settings, "settings");
    this.session = Session.getInstance(properties(settings));
    this.mime = new MimeMessages(session, Check.notNull(clock, "clock"));
  }

  @Override
  public String name() {
    return "smtp";
  }

  @Override
  public void send(EmailMessage message) {
    Check.notNull(message, "message");
    Message mimeMessage = mime.build(message);
    SMTPTransport transport = transport();
    try {
      try {
        transport.connect(settings.host(), settings.port(), settings.username().orElse(null),
            settings.password().orElse(null));
        transport.sendMessage(mimeMessage, mimeMessage.getAllRecipients());
      } finally {
        closeQuietly(transport);
      }
    } catch (MessagingException e) {
      ExternalServiceException failure = SmtpFailures.translate(e, transport.getLastReturnCode(), settings);
      LOG.warn("e-mail {} not sent: {} ({})", message.id(), failure.code(), failure.getMessage());
      throw failure;
    }
    LOG.debug("e-mail {} sent over SMTP", message.id());
  }

  private SMTPTransport transport() {
    try {
      Transport transport = session.getTransport("smtp");
      if (transport instanceof SMTPTransport smtp) {
        return smtp;
      }
      throw new IllegalStateException("the smtp provider is not Angus Mail's: " + transport.getClass().getName());
    } catch (MessagingException e) {
      throw new IllegalStateException("Angus Mail's smtp provider is not on the classpath", e);
    }
  }

  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      // the message is already accepted or already failed; a failing QUIT changes neither
      LOG.debug("closing the SMTP connection failed", e);
    }
  }

  static Properties properties(SmtpSettings settings) {
    Properties props = new Properties();
    props.setProperty("mail.smtp.host", settings.host());
    props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    props.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
    props.setProperty("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
    props.setProperty("mail.smtp.writetimeout", Long.toString(settings.writeTimeout().toMillis()));
    props.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
    props.setProperty("mail.smtp.from", settings.from().address().value());
    settings.localhost().ifPresent(name -> props.setProperty("mail.smtp.localhost", name));
    // all recipients or none: a partial send followed by a retry would deliver twice to the accepted ones
    props.setProperty("mail.smtp.sendpartial", "false");
    switch (settings.security()) {
      case NONE -> { }
      case STARTTLS -> {
        props.setProperty("mail.smtp.starttls.enable", "true");
        props.setProperty("mail.smtp.starttls.required", "true");
        props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        props.setProperty("mail.smtp.ssl.enable", "true");
        props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
    }
    return props;
  }

  @Override
  public String toString() {
    return "SmtpNotifier[" + settings + "]";
  }
}
