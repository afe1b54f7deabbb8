package org.realtycrm.campaign.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.realtycrm.platform.problem.AccessDeniedException;

/**
 * Checks that a webhook request came from SendGrid: {@code X-Twilio-Email-Event-Webhook-Signature} must be SendGrid's
 * ECDSA (P-256, SHA-256) signature of the timestamp header followed by the raw body, verified with the public key
 * configured for that webhook (a base64 DER public key): the Event Webhook's "Verification Key", or the key of the
 * Inbound Parse webhook's security policy. Each webhook has its own key pair, so each has its own setting. The
 * timestamp must be within {@link #TOLERANCE} of this server's clock, so that a request recorded once cannot be
 * replayed later; within it, each event or email is taken once by its id. Without the key configured no request
 * passes.
 */
@ApplicationScoped
public class SendGridSignatures {

    /** How far a request's timestamp may be from now. */
    public static final Duration TOLERANCE = Duration.ofMinutes(10);

    /** SendGrid's signed webhooks: the setting that holds each one's key, and what messages call it. */
    public enum Webhook {
        EVENTS(MailSettings.SENDGRID_WEBHOOK_PUBLIC_KEY, "Event Webhook"),
        INBOUND_PARSE(MailSettings.SENDGRID_PARSE_PUBLIC_KEY, "Inbound Parse webhook");

        private final String keySetting;
        private final String name;

        Webhook(String keySetting, String name) {
            this.keySetting = keySetting;
            this.name = name;
        }

        public String keySetting() {
            return keySetting;
        }
    }

    private static final Logger LOG = Logger.getLogger(SendGridSignatures.class.getName());

    @Inject
    Config config;

    Clock clock = Clock.systemUTC();

    /**
     * What can be told before the body is read: the webhook is set up here, the request carries both headers, and its
     * timestamp is fresh. A request that fails here is refused without reading a byte of it; one that passes is still
     * {@link #verify verified} over its body.
     *
     * @throws AccessDeniedException when the webhook has no key, a header is missing, or the timestamp is stale
     */
    public void checkHeaders(Webhook webhook, String timestamp, String signature) {
        admitted(webhook, timestamp, signature);
    }

    /** @throws AccessDeniedException when the request is not SendGrid's, or its timestamp is stale */
    public void verify(Webhook webhook, String timestamp, String signature, byte[] body) {
        PublicKey key = admitted(webhook, timestamp, signature);
        if (!verifies(key, timestamp.strip(), signature.strip(), body)) {
            throw new AccessDeniedException("the " + webhook.name + "'s signature does not match this request");
        }
    }

    /** The webhook's key, when the headers say the request may be SendGrid's and fresh. */
    private PublicKey admitted(Webhook webhook, String timestamp, String signature) {
        Optional<String> key = config.getOptionalValue(webhook.keySetting, String.class)
                .map(String::strip).filter(value -> !value.isEmpty());
        if (key.isEmpty()) {
            throw new AccessDeniedException("SendGrid's " + webhook.name + " is not set up here: "
                    + webhook.keySetting + " is needed to check its signatures");
        }
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            throw new AccessDeniedException("an " + webhook.name + " request is signed "
                    + "(X-Twilio-Email-Event-Webhook-Signature and -Timestamp)");
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new AccessDeniedException("the " + webhook.name + "'s timestamp is not Unix seconds");
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw new AccessDeniedException("the " + webhook.name + "'s timestamp is more than "
                    + TOLERANCE.toMinutes() + " minutes from now: a request is taken only when fresh");
        }
        return publicKey(webhook, key.get());
    }

    private static boolean verifies(PublicKey key, String timestamp, String signature, byte[] body) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException notASignature) {
            return false; // not base64, or not a DER signature: not SendGrid's
        }
    }

    private static PublicKey publicKey(Webhook webhook, String base64) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(base64.replaceAll("\\s", ""))));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            LOG.severe(() -> webhook.keySetting + " is not a base64 EC public key: " + e);
            throw new AccessDeniedException("SendGrid's " + webhook.name + " is not set up here: "
                    + webhook.keySetting + " is not a public key");
        }
    }
}
