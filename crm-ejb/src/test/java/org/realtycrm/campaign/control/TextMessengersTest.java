package org.realtycrm.campaign.control;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.TextProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextMessengersTest {

    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789ABCDEF";
    private static final String TOKEN = "configured-token-not-a-secret";
    private static final String SERVICE_SID = "MG0123456789abcdef0123456789abcdef";

    private static Function<String, Optional<String>> config(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return key -> Optional.ofNullable(values.get(key));
    }

    /** Twilio with the account, the token and a number, and these settings more (or instead: null removes one). */
    private static Function<String, Optional<String>> twilio(String... more) {
        Map<String, String> values = new HashMap<>(Map.of(SmsSettings.PROVIDER, "twilio",
                SmsSettings.TWILIO_ACCOUNT_SID, ACCOUNT_SID, SmsSettings.TWILIO_AUTH_TOKEN, TOKEN,
                SmsSettings.FROM, "+12025550143"));
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] == null) {
                values.remove(more[i]);
            } else {
                values.put(more[i], more[i + 1]);
            }
        }
        return key -> Optional.ofNullable(values.get(key));
    }

    /** The producer, on a MicroProfile Config that knows these values (and answers nothing else). */
    private static TextMessenger produced(Function<String, Optional<String>> values) {
        TextMessengers producer = new TextMessengers();
        producer.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return values.apply((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return producer.textMessenger();
    }

    private static OutgoingText text() {
        return new OutgoingText("+15125550199", "Your showing is confirmed.", "showing:77:confirm");
    }

    @Test
    void without_settings_texts_are_kept_in_the_outbox() {
        try (TextMessenger messenger = TextMessengers.open(config())) {
            assertThat(messenger).isInstanceOf(OutboxTextMessenger.class);
            assertThat(messenger.provider()).isEqualTo(TextProvider.OUTBOX);
            assertThat(messenger.send(1, text())).isEqualTo(Delivery.kept());
        }
        try (TextMessenger messenger = produced(config(SmsSettings.PROVIDER, "outbox"))) {
            assertThat(messenger).isInstanceOf(OutboxTextMessenger.class);
        }
    }

    @Test
    void twilio_is_chosen_by_name_in_any_case_with_its_account_sender_and_default_api() {
        try (TextMessenger messenger = TextMessengers.open(twilio(SmsSettings.PROVIDER, " Twilio "))) {
            assertThat(messenger).isInstanceOf(TwilioTextMessenger.class);
            assertThat(messenger.provider()).isEqualTo(TextProvider.TWILIO);
            assertThat(messenger.toString()).contains("https://api.twilio.com", ACCOUNT_SID, "+12025550143",
                    "statusCallback=none").doesNotContain(TOKEN);
        }
    }

    @Test
    void the_settings_read_every_key_and_the_status_callback_comes_from_the_webhook_base_url() {
        TwilioSettings settings = TextMessengers.twilioSettings(twilio(SmsSettings.FROM, null,
                SmsSettings.TWILIO_MESSAGING_SERVICE_SID, " " + SERVICE_SID + " ",
                SmsSettings.TWILIO_BASE_URL, "http://127.0.0.1:18097",
                SmsSettings.WEBHOOK_BASE_URL, "https://crm.sunrise-realty.example/"));

        assertThat(settings.accountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(settings.authToken()).isEqualTo(TOKEN);
        assertThat(settings.from()).isNull();
        assertThat(settings.messagingServiceSid()).isEqualTo(SERVICE_SID);
        assertThat(settings.baseUrl()).hasToString("http://127.0.0.1:18097");
        assertThat(settings.statusCallback())
                .hasToString("https://crm.sunrise-realty.example/api/v1/webhooks/twilio/status");
        assertThat(settings.connectTimeout()).isEqualTo(TwilioSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(settings.readTimeout()).isEqualTo(TwilioSettings.DEFAULT_READ_TIMEOUT);
        assertThat(settings.toString()).contains("Messaging Service " + SERVICE_SID).doesNotContain(TOKEN);
    }

    @Test
    void the_webhook_urls_are_made_from_the_public_base_the_same_way_for_sender_and_signature_check() {
        URI base = SmsSettings.webhookBaseUrl(" https://crm.example.com// ");

        assertThat(base).hasToString("https://crm.example.com");
        assertThat(SmsSettings.statusCallbackUrl(base))
                .hasToString("https://crm.example.com/api/v1/webhooks/twilio/status");
        assertThat(SmsSettings.inboundMessagesUrl(base))
                .hasToString("https://crm.example.com/api/v1/webhooks/twilio/messages");
        // a reverse proxy's prefix stays; a slash at the end of the URI given does not matter
        assertThat(SmsSettings.inboundMessagesUrl(URI.create("https://www.example.com:8443/crm/")))
                .hasToString("https://www.example.com:8443/crm/api/v1/webhooks/twilio/messages");

        for (String wrong : new String[] {"crm.example.com", "ftp://crm.example.com", "https://crm.example.com?x=1",
                "https://user:pass@crm.example.com", "https://crm.example.com/#top", "https://crm.example.com/api/v1",
                "https://crm example.com", ""}) {
            assertThatThrownBy(() -> SmsSettings.webhookBaseUrl(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmsSettings.WEBHOOK_BASE_URL)
                    .hasMessageNotContaining("pass@");
        }
    }

    @Test
    void a_missing_token_leaves_texts_unsendable_with_the_reason_and_never_stops_the_application() {
        assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.TWILIO_AUTH_TOKEN, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmsSettings.TWILIO_AUTH_TOKEN);

        try (TextMessenger messenger = produced(twilio(SmsSettings.TWILIO_AUTH_TOKEN, "  "))) {
            assertThat(messenger).isInstanceOf(UnsendableTextMessenger.class);
            assertThat(messenger.provider()).isEqualTo(TextProvider.TWILIO);
            Delivery delivery = messenger.send(1, text());
            assertThat(delivery.retryable()).isTrue();
            assertThat(delivery.error()).startsWith("not sent, the SMS settings are incomplete: ")
                    .contains(SmsSettings.TWILIO_AUTH_TOKEN);
        }
    }

    @Test
    void an_account_sid_that_is_not_one_is_refused_without_repeating_it() {
        for (String wrong : new String[] {"AC123", "ac0123456789abcdef0123456789abcdef",
                "AC0123456789abcdef0123456789abcdeg", "MG0123456789abcdef0123456789abcdef", TOKEN}) {
            assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.TWILIO_ACCOUNT_SID, wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(SmsSettings.TWILIO_ACCOUNT_SID).hasMessageNotContaining(wrong);
        }
        assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.TWILIO_ACCOUNT_SID, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmsSettings.TWILIO_ACCOUNT_SID);
        assertThat(produced(twilio(SmsSettings.TWILIO_ACCOUNT_SID, "AC123")))
                .isInstanceOf(UnsendableTextMessenger.class);
    }

    @Test
    void a_token_with_spaces_or_line_breaks_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.TWILIO_AUTH_TOKEN, "pasted\ntoken")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without spaces or line breaks")
                .hasMessageNotContaining("pasted");
    }

    @Test
    void exactly_one_sender_is_needed() {
        assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.FROM, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SmsSettings.FROM).hasMessageContaining(SmsSettings.TWILIO_MESSAGING_SERVICE_SID);
        assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.TWILIO_MESSAGING_SERVICE_SID, SERVICE_SID)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both")
                .hasMessageContaining(SmsSettings.FROM).hasMessageContaining(SmsSettings.TWILIO_MESSAGING_SERVICE_SID);
        try (TextMessenger messenger = TextMessengers.open(twilio(SmsSettings.FROM, " ",
                SmsSettings.TWILIO_MESSAGING_SERVICE_SID, SERVICE_SID))) {
            assertThat(messenger.toString()).contains("Messaging Service " + SERVICE_SID);
        }
    }

    @Test
    void a_sender_twilio_cannot_send_from_is_refused() {
        for (String wrong : new String[] {"2025550143", "+1 202 555 0143", "+02025550143", "Sunrise"}) {
            assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.FROM, wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmsSettings.FROM)
                    .hasMessageContaining("E.164");
        }
        assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.FROM, null,
                SmsSettings.TWILIO_MESSAGING_SERVICE_SID, "MG123")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SmsSettings.TWILIO_MESSAGING_SERVICE_SID);
    }

    @Test
    void a_base_url_that_is_not_an_http_url_is_refused() {
        for (String wrong : new String[] {"ftp://api.twilio.com", "api.twilio.com", "https://api.twilio.com?x=1",
                "https://user:pw@api.twilio.com", "https://api twilio.com"}) {
            assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.TWILIO_BASE_URL, wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmsSettings.TWILIO_BASE_URL);
        }
        assertThatThrownBy(() -> TextMessengers.open(twilio(SmsSettings.WEBHOOK_BASE_URL, "crm.example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmsSettings.WEBHOOK_BASE_URL);
    }

    @Test
    void an_unknown_provider_is_refused_with_the_names_allowed_and_stops_the_application() {
        assertThatThrownBy(() -> TextMessengers.open(config(SmsSettings.PROVIDER, "plivo")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crm.sms.provider is outbox or twilio, not plivo");
        assertThatThrownBy(() -> produced(config(SmsSettings.PROVIDER, "plivo")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("texting cannot start: crm.sms.provider is outbox or twilio, not plivo");
    }

    @Test
    void incomplete_settings_fail_every_text_for_now_with_the_reason() {
        TextMessenger unsendable = new UnsendableTextMessenger(TextProvider.TWILIO, "crm.sms.from is needed");

        Delivery delivery = unsendable.send(1, text());

        assertThat(delivery).isEqualTo(Delivery.failedForNow("not sent, the SMS settings are incomplete: "
                + "crm.sms.from is needed"));
        assertThat(unsendable.toString()).contains("crm.sms.from is needed");
    }

    @Test
    void only_twilios_unsubscribed_refusal_is_an_opt_out() {
        assertThat(Delivery.refused("Twilio answered 400 (error 21610)", "21610").recipientOptedOut()).isTrue();
        assertThat(Delivery.refused("Twilio answered 400 (error 21211)", "21211").recipientOptedOut()).isFalse();
        assertThat(Delivery.refused("SendGrid answered 400").recipientOptedOut()).isFalse();
        assertThat(Delivery.refused("SendGrid answered 400").providerCode()).isNull();
        assertThat(Delivery.failedForNow("Twilio answered 503").recipientOptedOut()).isFalse();
        assertThat(Delivery.sent("SM1").recipientOptedOut()).isFalse();
        assertThatThrownBy(() -> new Delivery(Delivery.Outcome.SENT, "SM1", null, false, "21610"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
