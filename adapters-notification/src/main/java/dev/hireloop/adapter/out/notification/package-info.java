/** Notification adapters: {@link dev.hireloop.adapter.out.notification.SmtpNotifier} sends e-mail over SMTP. */
package dev.hireloop.adapter.out.notification;
