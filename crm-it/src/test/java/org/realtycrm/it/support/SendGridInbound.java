package org.realtycrm.it.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * SendGrid's Inbound Parse webhook as SendGrid posts an email: {@code multipart/form-data} with the fields
 * {@code headers}, {@code from}, {@code to}, {@code subject}, {@code text}, {@code envelope}, {@code charsets},
 * {@code SPF}, {@code spam_score}, signed with ECDSA (P-256, SHA-256) over the timestamp header followed by the raw
 * body, as the Parse security policy signs it. The private key here is the test key pair's whose public half the IT
 * profile configures ({@code %it.crm.mail.sendgrid.parse-public-key}), not the Event Webhook's; it signs nothing but
 * these tests' emails.
 */
public final class SendGridInbound {

    public static final String INBOUND = "/api/v1/webhooks/sendgrid/inbound";
    /** Where campaign emails' replies go in the IT profile ({@code %it.crm.mail.reply-to}). */
    public static final String REPLY_ADDRESS = "replies@reply.it.realtycrm.example";
    private static final String TEST_PRIVATE_KEY = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzfIUhAGTD5iaK8rS804d1iiTN8"
            + "UxgntJEvtr0XmkoGShRANCAARAxZswNXDwSxIGzUnrfe3LChRX25I/eMKxasC3BQ/lEFEL8hWeuSihbB0tYyECS3W0qxgG/Fps7MJ5Qb"
            + "Mv7BdD";

    /** One email as the form's fields, in the order SendGrid writes them. */
    public static final class Email {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final StringBuilder headers = new StringBuilder();
        private final String boundary = "xYzZY" + UUID.randomUUID().toString().replace("-", "");

        private Email(String from, String subject, String text) {
            String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from;
            fields.put("from", from);
            fields.put("to", REPLY_ADDRESS);
            fields.put("subject", subject);
            fields.put("text", text);
            fields.put("envelope", "{\"to\":[\"" + REPLY_ADDRESS + "\"],\"from\":\"" + address + "\"}");
            fields.put("charsets", "{\"to\":\"UTF-8\",\"subject\":\"UTF-8\",\"from\":\"UTF-8\",\"text\":\"UTF-8\"}");
            fields.put("SPF", "pass");
            fields.put("spam_score", "0.1");
            header("From", from).header("To", REPLY_ADDRESS).header("Subject", subject);
        }

        /** A header line of the email's own (the {@code headers} field). */
        public Email header(String name, String value) {
            headers.append(name).append(": ").append(value).append("\n");
            return this;
        }

        public Email messageId(String id) {
            return header("Message-ID", id);
        }

        public Email field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        /** The request body, byte for byte what is signed. */
        public byte[] body() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, String> all = new LinkedHashMap<>();
            all.put("headers", headers.toString());
            all.putAll(fields);
            all.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private SendGridInbound() {
    }

    /** An email from {@code from} ("Name <address>" or an address) with a Message-ID of its own. */
    public static Email email(String from, String subject, String text) {
        return new Email(from, subject, text).messageId("<" + UUID.randomUUID() + "@mail.it.example>");
    }

    /** An email without a Message-ID: taken once by what it says. */
    public static Email emailWithoutMessageId(String from, String subject, String text) {
        return new Email(from, subject, text);
    }

    /** Signs the email now with the Parse policy's test key and posts it. */
    public static Response post(Email email) {
        long now = Instant.now().getEpochSecond();
        byte[] body = email.body();
        return post(email.contentType(), now, SendGridEvents.sign(privateKey(), now, body), body);
    }

    /** Posts these bytes with this timestamp and signature, whatever they are. */
    public static Response post(String contentType, long timestamp, String signature, byte[] body) {
        Api api = Api.anonymous().withHeader("X-Twilio-Email-Event-Webhook-Timestamp", Long.toString(timestamp));
        if (signature != null) {
            api = api.withHeader("X-Twilio-Email-Event-Webhook-Signature", signature);
        }
        return api.sendBody("POST", INBOUND, contentType, BodyPublishers.ofByteArray(body));
    }

    public static PrivateKey privateKey() {
        return SendGridEvents.privateKey(TEST_PRIVATE_KEY);
    }
}
