package dev.hireloop.adapter.out.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.adapter.out.notification.SmtpSettings.Security;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.notification.EmailAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {
  private static final EmailAddress FROM = EmailAddress.of("Hireloop", Email.of("noreply@hireloop.test"));

  private static SmtpSettings settings() {
    return SmtpSettings.of("smtp.example.com", 587, Security.STARTTLS, FROM);
  }

  @Test
  void never_shows_the_password_or_the_login_in_to_string() {
    SmtpSettings settings = settings().withLogin("mailer@hireloop.test", "correct horse battery staple");

    assertThat(settings.toString()).contains("smtp.example.com", "587", "STARTTLS")
        .doesNotContain("correct horse", "mailer@hireloop.test", "noreply@hireloop.test");
  }

  @Test
  void has_default_timeouts_and_no_login() {
    SmtpSettings settings = settings();

    assertThat(settings.connectTimeout()).isEqualTo(SmtpSettings.DEFAULT_CONNECT_TIMEOUT);
    assertThat(settings.readTimeout()).isEqualTo(SmtpSettings.DEFAULT_IO_TIMEOUT);
    assertThat(settings.writeTimeout()).isEqualTo(SmtpSettings.DEFAULT_IO_TIMEOUT);
    assertThat(settings.authenticates()).isFalse();
    assertThat(settings.toString()).contains("login=(none)");
  }

  @Test
  void keeps_spaces_around_a_password() {
    assertThat(settings().withLogin("mailer", " pass word ").password()).contains(" pass word ");
  }

  @Test
  void rejects_a_username_without_a_password() {
    assertThatThrownBy(() -> new SmtpSettings("smtp.example.com", 587, Optional.of("mailer"), Optional.empty(),
        Security.TLS, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), FROM, Optional.empty()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("smtp.credentials-incomplete"));
  }

  @Test
  void rejects_a_port_out_of_range() {
    assertThatThrownBy(() -> SmtpSettings.of("smtp.example.com", 0, Security.NONE, FROM))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("port");
    assertThatThrownBy(() -> SmtpSettings.of("smtp.example.com", 65_536, Security.NONE, FROM))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("port");
  }

  @Test
  void rejects_a_host_that_is_not_a_host_name() {
    assertThatThrownBy(() -> SmtpSettings.of("smtp.example.com\r\nRCPT TO:<x@y>", 25, Security.NONE, FROM))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SmtpSettings.of("smtp://example.com", 25, Security.NONE, FROM))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("smtp.host-invalid"));
  }

  @Test
  void accepts_ip_addresses_as_host() {
    assertThat(SmtpSettings.of("127.0.0.1", 25, Security.NONE, FROM).host()).isEqualTo("127.0.0.1");
    assertThat(SmtpSettings.of("[::1]", 25, Security.NONE, FROM).host()).isEqualTo("[::1]");
  }

  @Test
  void rejects_zero_negative_and_huge_timeouts() {
    assertThatThrownBy(() -> settings().withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> settings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1),
        Duration.ofSeconds(1))).isInstanceOf(InvalidValueException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> settings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ofHours(1))).isInstanceOf(InvalidValueException.class).hasMessageContaining("writeTimeout");
  }

  @Test
  void rejects_a_helo_name_that_is_not_a_host_name() {
    assertThatThrownBy(() -> settings().withLocalhost("my host"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("smtp.localhost-invalid"));
    assertThat(settings().withLocalhost("app.hireloop.test").localhost()).contains("app.hireloop.test");
  }

  @Test
  void sets_the_session_for_the_chosen_security() {
    assertThat(SmtpNotifier.properties(settings()))
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
        .containsEntry("mail.smtp.from", "noreply@hireloop.test")
        .containsEntry("mail.smtp.sendpartial", "false")
        .doesNotContainKey("mail.smtp.ssl.enable");
    assertThat(SmtpNotifier.properties(SmtpSettings.of("smtp.example.com", 465, Security.TLS, FROM)))
        .containsEntry("mail.smtp.ssl.enable", "true")
        .doesNotContainKey("mail.smtp.starttls.enable");
    assertThat(SmtpNotifier.properties(SmtpSettings.of("localhost", 25, Security.NONE, FROM)))
        .doesNotContainKeys("mail.smtp.ssl.enable", "mail.smtp.starttls.enable")
        .containsEntry("mail.smtp.auth", "false");
  }
}
