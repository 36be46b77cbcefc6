package dev.hireloop.adapter.out.notification;

import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ExternalServiceException.Failure;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Maps Angus Mail's exceptions to {@link ExternalServiceException}s. Transient (UNAVAILABLE): no connection, a
 * timeout, a dropped connection, any 4xx reply. Permanent (BAD_RESPONSE): 5xx replies, a rejected login, a server
 * that cannot protect the connection as configured. Messages name SMTP reply codes, never the server's reply
 * text, which echoes addresses; only I/O causes (host and port at most) are chained.
 */
final class SmtpFailures {
  static final String UNAVAILABLE = "email.unavailable";
  static final String REJECTED = "email.rejected";
  static final String AUTH_FAILED = "email.auth-failed";
  static final String TLS_UNAVAILABLE = "email.tls-unavailable";
  static final String TLS_FAILED = "email.tls-failed";

  private SmtpFailures() {}

  /** {@code lastReplyCode} is the transport's last SMTP reply code, -1 when there was none. */
  static ExternalServiceException translate(MessagingException e, int lastReplyCode, SmtpSettings settings) {
    if (e instanceof AuthenticationFailedException) {
      return isTransient(lastReplyCode)
          ? unavailable("the SMTP server could not check the login now (" + lastReplyCode + ")", null)
          : new ExternalServiceException(AUTH_FAILED,
              "the SMTP server rejected the login" + replyCode(lastReplyCode), Failure.BAD_RESPONSE);
    }
    if (e instanceof SendFailedException) {
      return sendFailed(e, lastReplyCode);
    }
    Throwable io = cause(e, IOException.class);
    if (io instanceof SSLHandshakeException) {
      return new ExternalServiceException(TLS_FAILED,
          "the TLS handshake with the SMTP server failed (certificate or protocol)", Failure.BAD_RESPONSE, io);
    }
    if (io != null) {
      String what = io instanceof SocketTimeoutException ? "did not answer in time" : "could not be reached";
      return unavailable("the SMTP server " + what + " (" + settings.host() + ":" + settings.port() + ")", io);
    }
    // Angus reports a missing STARTTLS only in its message text, after a successful EHLO
    if (settings.security() == SmtpSettings.Security.STARTTLS && String.valueOf(e.getMessage()).contains("STARTTLS")) {
      return new ExternalServiceException(TLS_UNAVAILABLE,
          "the SMTP server does not offer STARTTLS, which is required", Failure.BAD_RESPONSE);
    }
    return byReplyCode(lastReplyCode, "the SMTP server refused the message");
  }

  private static ExternalServiceException sendFailed(MessagingException e, int lastReplyCode) {
    List<Integer> codes = new ArrayList<>();
    String what = "the message";
    for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
      if (x instanceof SMTPSenderFailedException sender) {
        codes.add(sender.getReturnCode());
        what = "the sender";
      } else if (x instanceof SMTPAddressFailedException recipient) {
        codes.add(recipient.getReturnCode());
        what = "a recipient";
      } else if (x instanceof SMTPSendFailedException send) {
        codes.add(send.getReturnCode());
      }
    }
    if (codes.isEmpty() && cause(e, IOException.class) != null) {
      return unavailable("the connection to the SMTP server broke while sending", cause(e, IOException.class));
    }
    // one permanent refusal decides: retrying would fail the same way
    int code = codes.stream().filter(c -> c >= 500 && c < 600).findFirst()
        .orElse(codes.stream().findFirst().orElse(lastReplyCode));
    return byReplyCode(code, "the SMTP server rejected " + what);
  }

  private static ExternalServiceException byReplyCode(int code, String what) {
    if (isTransient(code)) {
      return unavailable(what + " for now (" + code + ")", null);
    }
    if (code == 530 || code == 534 || code == 535 || code == 538) {
      return new ExternalServiceException(AUTH_FAILED, "the SMTP server requires a valid login (" + code + ")",
          Failure.BAD_RESPONSE);
    }
    if (code >= 500 && code < 600) {
      return new ExternalServiceException(REJECTED, what + " (" + code + ")", Failure.BAD_RESPONSE);
    }
    // no usable reply: treat as a passing fault, the caller's back-off and dead-letter bound the retries
    return unavailable(what + replyCode(code), null);
  }

  private static boolean isTransient(int code) {
    return code >= 400 && code < 500;
  }

  private static String replyCode(int code) {
    return code > 0 ? " (" + code + ")" : "";
  }

  private static ExternalServiceException unavailable(String message, Throwable cause) {
    return cause == null
        ? new ExternalServiceException(UNAVAILABLE, message, Failure.UNAVAILABLE)
        : new ExternalServiceException(UNAVAILABLE, message, Failure.UNAVAILABLE, cause);
  }

  private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = nextOf(t)) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  private static Throwable nextOf(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
