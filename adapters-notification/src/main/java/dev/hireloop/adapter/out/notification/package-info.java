/**
 * Notification adapters. The public surface is {@link dev.hireloop.adapter.out.notification.SmtpNotifier} (the
 * {@code Notifier} port over SMTP with Angus Mail) and {@link dev.hireloop.adapter.out.notification.SmtpSettings};
 * the MIME layout and the failure mapping are package-private.
 *
 * <p>What was verified how: delivery, headers, encodings, MIME parts, login and a wrong password against GreenMail
 * (plain SMTP); a required STARTTLS that the server does not offer, and implicit TLS against GreenMail's
 * self-signed certificate (refused by the JVM's trust store), fail as configured; refused, stalled, busy and
 * rejecting servers against a scripted local SMTP server. A successful STARTTLS or TLS session is not exercised
 * here (no trusted test certificate); it is Angus Mail's own code path with {@code checkserveridentity} on.
 * How Gmail and Outlook render the invitation layout follows their documented and observed behaviour (see
 * {@code MimeMessages}); it was not checked against the live services.
 */
package dev.hireloop.adapter.out.notification;
