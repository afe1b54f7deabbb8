package org.realtycrm.it.support;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * SendGrid's Event Webhook as SendGrid posts it: a JSON array of events, signed with ECDSA (P-256, SHA-256) over the
 * timestamp header followed by the body, the signature base64 in {@code X-Twilio-Email-Event-Webhook-Signature}. The
 * private key here is the test key pair's whose public half the IT profile configures
 * ({@code %it.crm.mail.sendgrid.webhook-public-key}); it signs nothing but these tests' events.
 */
public final class SendGridEvents {

    public static final String EVENTS = "/api/v1/webhooks/sendgrid/events";
    private static final String TEST_PRIVATE_KEY = "MEECAQAwEwYHKoZIzj0CAQYIKoZIzj0DAQcEJzAlAgEBBCB/FaugvQBta8GbQ6qUI/s/"
            + "G7KLGGUZaFS47pn6CejsBg==";

    private SendGridEvents() {
    }

    /** Signs the body now with the configured key's private half and posts it. */
    public static Response post(String json) {
        long now = Instant.now().getEpochSecond();
        return post(now, sign(privateKey(), now, json), json);
    }

    /** Posts the body with this timestamp and signature, whatever they are. */
    public static Response post(long timestamp, String signature, String json) {
        Api api = Api.anonymous().withHeader("X-Twilio-Email-Event-Webhook-Timestamp", Long.toString(timestamp));
        if (signature != null) {
            api = api.withHeader("X-Twilio-Email-Event-Webhook-Signature", signature);
        }
        return api.sendBody("POST", EVENTS, "application/json",
                BodyPublishers.ofByteArray(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The body signed by a key that is not the configured one: what a forger could make. */
    public static Response postSignedByAnotherKey(String json) {
        long now = Instant.now().getEpochSecond();
        return post(now, sign(anotherKey(), now, json), json);
    }

    /** Base64 of the DER ECDSA signature of the timestamp's digits followed by the body's bytes. */
    public static String sign(PrivateKey key, long timestamp, String json) {
        return sign(key, timestamp, json.getBytes(StandardCharsets.UTF_8));
    }

    /** As SendGrid signs every webhook it signs (the Event Webhook, the Inbound Parse webhook): over the raw bytes. */
    public static String sign(PrivateKey key, long timestamp, byte[] body) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(Long.toString(timestamp).getBytes(StandardCharsets.UTF_8));
            signer.update(body);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateKey() {
        return privateKey(TEST_PRIVATE_KEY);
    }

    /** A PKCS #8 EC private key, base64. */
    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh P-256 key that no configuration names. */
    public static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
