package org.realtycrm.it.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook signer alone (no server): Twilio's documented example, and what the signature covers. */
class TwilioWebhookTest {

    private static Map<String, String> documentedCall() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", "CA1234567890ABCDE");
        params.put("Caller", "+12349013030");
        params.put("Digits", "1234");
        params.put("From", "+12349013030");
        params.put("To", "+18005551212");
        return params;
    }

    @Test
    void signs_twilios_documented_example_as_twilio_does() {
        // Twilio's "Validating signatures from Twilio": auth token 12345, this URL and these parameters
        assertThat(TwilioWebhook.signature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", documentedCall()))
                .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    void the_parameters_are_signed_sorted_by_name_whatever_order_they_are_posted_in() {
        Map<String, String> reversed = new LinkedHashMap<>();
        documentedCall().entrySet().stream().sorted(Map.Entry.<String, String>comparingByKey().reversed())
                .forEach(param -> reversed.put(param.getKey(), param.getValue()));

        assertThat(TwilioWebhook.signature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", reversed))
                .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    void the_signature_covers_the_token_the_url_and_every_parameter() {
        String url = TwilioWebhook.PUBLIC_BASE_URL + TwilioWebhook.STATUS_CALLBACK;
        Map<String, String> delivered = TwilioWebhook.statusParameters("SM0123456789abcdef0123456789abcdef",
                "delivered", null);
        Map<String, String> failed = TwilioWebhook.statusParameters("SM0123456789abcdef0123456789abcdef", "failed",
                "30003");
        String signature = TwilioWebhook.signature(FakeTwilio.AUTH_TOKEN, url, delivered);

        assertThat(signature).isEqualTo(TwilioWebhook.signature(FakeTwilio.AUTH_TOKEN, url, delivered))
                .isNotEqualTo(TwilioWebhook.signature("not-" + FakeTwilio.AUTH_TOKEN, url, delivered))
                .isNotEqualTo(TwilioWebhook.signature(FakeTwilio.AUTH_TOKEN, "http://localhost:18080"
                        + TwilioWebhook.STATUS_CALLBACK, delivered))
                .isNotEqualTo(TwilioWebhook.signature(FakeTwilio.AUTH_TOKEN, url, failed));
        assertThat(failed).containsEntry("ErrorCode", "30003").containsEntry("MessageStatus", "failed");
        assertThat(delivered).doesNotContainKey("ErrorCode");
    }

    @Test
    void the_form_carries_every_value_as_posted_including_characters_that_need_encoding() {
        String body = "Stop! café & more: a+b=c 100%";
        Map<String, String> inbound = TwilioWebhook.inboundParameters(TwilioWebhook.newMessageSid(),
                "+15125550199", "+12025550143", body);

        Map<String, String> decoded = new LinkedHashMap<>();
        for (String pair : TwilioWebhook.form(inbound).split("&")) {
            String[] parts = pair.split("=", 2);
            decoded.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }

        assertThat(decoded).containsExactlyEntriesOf(inbound);
        assertThat(inbound).containsEntry("Body", body).containsEntry("NumMedia", "0")
                .containsEntry("AccountSid", FakeTwilio.ACCOUNT_SID).containsEntry("From", "+15125550199")
                .containsEntry("To", "+12025550143");
        assertThat(inbound.get("MessageSid")).matches("SM[0-9a-f]{32}");
    }
}
