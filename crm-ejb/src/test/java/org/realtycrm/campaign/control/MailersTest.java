package org.realtycrm.campaign.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.MailProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailersTest {

    private static final String KEY = "SG.configured-key.not-a-secret";

    private static Function<String, Optional<String>> config(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void without_settings_mail_is_kept_in_the_outbox() {
        try (Mailer mailer = Mailers.open(config())) {
            assertThat(mailer).isInstanceOf(OutboxMailer.class);
            assertThat(mailer.provider()).isEqualTo(MailProvider.OUTBOX);
        }
    }

    @Test
    void sendgrid_is_chosen_by_name_in_any_case_with_its_key_sender_and_default_api() {
        try (Mailer mailer = Mailers.open(config(MailSettings.PROVIDER, " SendGrid ",
                MailSettings.SENDGRID_API_KEY, KEY, MailSettings.FROM, "noreply@brokerage.example",
                MailSettings.FROM_NAME, "Sunrise Realty"))) {
            assertThat(mailer).isInstanceOf(SendGridMailer.class);
            assertThat(mailer.toString()).contains("https://api.sendgrid.com", "noreply@brokerage.example (Sunrise "
                    + "Realty)").doesNotContain(KEY);
        }
    }

    @Test
    void the_sendgrid_base_url_can_point_elsewhere() {
        SendGridSettings settings = Mailers.sendGridSettings(config(MailSettings.SENDGRID_API_KEY, KEY,
                MailSettings.FROM, "noreply@brokerage.example", MailSettings.SENDGRID_BASE_URL,
                "https://api.eu.sendgrid.com"));

        assertThat(settings.baseUrl()).hasToString("https://api.eu.sendgrid.com");
        assertThat(settings.fromName()).isNull();
    }

    @Test
    void sendgrid_without_a_key_or_a_sender_names_the_missing_setting_and_never_a_key() {
        assertThatThrownBy(() -> Mailers.open(config(MailSettings.PROVIDER, "sendgrid", MailSettings.FROM,
                "noreply@brokerage.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MailSettings.SENDGRID_API_KEY);
        assertThatThrownBy(() -> Mailers.open(config(MailSettings.PROVIDER, "sendgrid",
                MailSettings.SENDGRID_API_KEY, KEY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MailSettings.FROM)
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> Mailers.open(config(MailSettings.PROVIDER, "sendgrid",
                MailSettings.SENDGRID_API_KEY, "SG.pasted\nkey", MailSettings.FROM, "noreply@brokerage.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without spaces or line breaks")
                .hasMessageNotContaining("SG.pasted");
    }

    @Test
    void a_sender_mail_cannot_go_out_from_is_refused() {
        assertThatThrownBy(() -> Mailers.open(config(MailSettings.PROVIDER, "sendgrid",
                MailSettings.SENDGRID_API_KEY, KEY, MailSettings.FROM, "CRM <noreply@brokerage.example>")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid email address");
        assertThatThrownBy(() -> Mailers.open(config(MailSettings.PROVIDER, "sendgrid",
                MailSettings.SENDGRID_API_KEY, KEY, MailSettings.FROM, "noreply@brokerage.example",
                MailSettings.FROM_NAME, "Sunrise\r\nBcc: victim@example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MailSettings.FROM_NAME);
        assertThatThrownBy(() -> Mailers.open(config(MailSettings.PROVIDER, "sendgrid",
                MailSettings.SENDGRID_API_KEY, KEY, MailSettings.FROM, "noreply@brokerage.example",
                MailSettings.SENDGRID_BASE_URL, "ftp://api.sendgrid.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MailSettings.SENDGRID_BASE_URL);
    }

    @Test
    void an_unknown_provider_is_refused_with_the_names_allowed() {
        assertThatThrownBy(() -> Mailers.open(config(MailSettings.PROVIDER, "smtp")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crm.mail.provider is outbox or sendgrid, not smtp");
    }

    @Test
    void incomplete_settings_fail_every_message_for_now_with_the_reason() {
        Mailer unsendable = new UnsendableMailer(MailProvider.SENDGRID, "crm.mail.from is needed to send");

        Delivery delivery = unsendable.send(1, null);

        assertThat(delivery.retryable()).isTrue();
        assertThat(delivery.error()).isEqualTo("not sent, the mail settings are incomplete: crm.mail.from is "
                + "needed to send");
    }
}
