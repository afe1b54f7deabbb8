package org.realtycrm.campaign.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.control.SendGridSignatures.Webhook;
import org.realtycrm.platform.problem.AccessDeniedException;

/**
 * SendGrid's webhook signatures: ECDSA P-256 over the timestamp's digits and the body's bytes, with the public key
 * configured for the webhook (the Event Webhook's, the Inbound Parse policy's); a stale timestamp, another key (the
 * other webhook's too), an altered body, a missing header or no key configured is refused.
 */
class SendGridSignaturesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");
    private static final byte[] BODY = "[{\"event\":\"open\",\"sg_event_id\":\"a\"}]".getBytes(StandardCharsets.UTF_8);
    private static final Webhook EVENTS = Webhook.EVENTS;

    private final SendGridSignatures signatures = new SendGridSignatures();
    private KeyPair keys;
    private KeyPair parseKeys;

    @BeforeEach
    void configure() throws Exception {
        keys = pair();
        parseKeys = pair();
        signatures.config = config(Map.of(MailSettings.SENDGRID_WEBHOOK_PUBLIC_KEY, base64(keys),
                MailSettings.SENDGRID_PARSE_PUBLIC_KEY, base64(parseKeys)));
        signatures.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void a_request_signed_with_the_accounts_key_passes() throws Exception {
        String timestamp = Long.toString(NOW.getEpochSecond() - 30);
        assertThatCode(() -> signatures.verify(EVENTS, timestamp, sign(keys.getPrivate(), timestamp, BODY), BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void each_webhook_is_verified_with_its_own_key_only() throws Exception {
        String timestamp = Long.toString(NOW.getEpochSecond());
        byte[] mail = "--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nHi\r\n--b--"
                .getBytes(StandardCharsets.UTF_8);
        String byParsePolicy = sign(parseKeys.getPrivate(), timestamp, mail);
        assertThatCode(() -> signatures.verify(Webhook.INBOUND_PARSE, timestamp, byParsePolicy, mail))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> signatures.verify(EVENTS, timestamp, byParsePolicy, mail))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Event Webhook's signature");
        String byEventKey = sign(keys.getPrivate(), timestamp, mail);
        assertThatThrownBy(() -> signatures.verify(Webhook.INBOUND_PARSE, timestamp, byEventKey, mail))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("the Inbound Parse webhook's signature does not match this request");
    }

    @Test
    void a_webhook_without_its_key_is_not_set_up_whatever_the_other_has() throws Exception {
        signatures.config = config(Map.of(MailSettings.SENDGRID_WEBHOOK_PUBLIC_KEY, base64(keys)));
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signed = sign(keys.getPrivate(), timestamp, BODY);
        assertThatThrownBy(() -> signatures.verify(Webhook.INBOUND_PARSE, timestamp, signed, BODY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not set up")
                .hasMessageContaining(MailSettings.SENDGRID_PARSE_PUBLIC_KEY);
        signatures.config = config(Map.of(MailSettings.SENDGRID_PARSE_PUBLIC_KEY, "not a key"));
        assertThatThrownBy(() -> signatures.verify(Webhook.INBOUND_PARSE, timestamp, signed, BODY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is not a public key");
    }

    @Test
    void another_key_an_altered_body_or_a_stale_timestamp_is_refused() throws Exception {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String forged = sign(pair().getPrivate(), timestamp, BODY);
        assertThatThrownBy(() -> signatures.verify(EVENTS, timestamp, forged, BODY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("does not match");

        String signed = sign(keys.getPrivate(), timestamp, BODY);
        byte[] altered = "[{\"event\":\"spamreport\",\"sg_event_id\":\"a\"}]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> signatures.verify(EVENTS, timestamp, signed, altered))
                .isInstanceOf(AccessDeniedException.class);

        String old = Long.toString(NOW.minus(SendGridSignatures.TOLERANCE).getEpochSecond() - 1);
        String signedLongAgo = sign(keys.getPrivate(), old, BODY);
        assertThatThrownBy(() -> signatures.verify(EVENTS, old, signedLongAgo, BODY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("minutes from now");
    }

    @Test
    void a_missing_or_malformed_header_is_refused() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        assertThatThrownBy(() -> signatures.verify(EVENTS, timestamp, null, BODY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signatures.verify(EVENTS, null, "c2ln", BODY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signatures.verify(EVENTS, "yesterday", "c2ln", BODY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signatures.verify(EVENTS, timestamp, "not base64!", BODY))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void what_the_headers_tell_is_checked_before_any_body() throws Exception {
        String fresh = Long.toString(NOW.getEpochSecond() - 60);
        assertThatCode(() -> signatures.checkHeaders(Webhook.INBOUND_PARSE, fresh, "c2ln"))
                .as("a signature is only checked against the body").doesNotThrowAnyException();

        assertThatThrownBy(() -> signatures.checkHeaders(Webhook.INBOUND_PARSE, fresh, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is signed");
        assertThatThrownBy(() -> signatures.checkHeaders(Webhook.INBOUND_PARSE, " ", "c2ln"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is signed");
        String stale = Long.toString(NOW.plus(SendGridSignatures.TOLERANCE).getEpochSecond() + 1);
        assertThatThrownBy(() -> signatures.checkHeaders(Webhook.INBOUND_PARSE, stale, "c2ln"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("minutes from now");
        signatures.config = config(Map.of(MailSettings.SENDGRID_WEBHOOK_PUBLIC_KEY, base64(keys)));
        assertThatThrownBy(() -> signatures.checkHeaders(Webhook.INBOUND_PARSE, fresh, "c2ln"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not set up");
    }

    @Test
    void without_a_public_key_configured_nothing_passes() throws Exception {
        signatures.config = config(Map.of());
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signed = sign(keys.getPrivate(), timestamp, BODY);
        assertThatThrownBy(() -> signatures.verify(EVENTS, timestamp, signed, BODY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not set up");
    }

    private static KeyPair pair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String sign(PrivateKey key, String timestamp, byte[] body) throws Exception {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
        signer.update(body);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static String base64(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** A configuration holding only these values. */
    private static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow();
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                return Optional.ofNullable(values.get(name)).map(type::cast);
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                return java.util.List.of();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
