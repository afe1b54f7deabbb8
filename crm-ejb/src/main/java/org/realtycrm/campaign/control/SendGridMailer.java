package org.realtycrm.campaign.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.ConnectionPoolTimeoutException;
import org.realtycrm.campaign.entity.MailHeaders;
import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.OutgoingMail;

/**
 * The {@link Mailer} on Twilio SendGrid, through its official Java SDK: one {@code POST /v3/mail/send} per message,
 * with one personalization (the recipient, and the outbox id in {@code custom_args}, which SendGrid's event webhook
 * sends back with every event of the message), the configured sender, the subject, the plain text before the HTML
 * (the order RFC 2046 and SendGrid ask for), the reply address, the extra headers and the category.
 *
 * <p>SendGrid's answers: 202 (any 2xx) accepted, with its {@code X-Message-Id}; 429 (rate limited) and 5xx, like a
 * request that never got an answer, failed for now and worth retrying; any other 4xx is a refusal that would be
 * repeated (an invalid address, an unverified sender, a revoked key), with SendGrid's own messages. Neither the API
 * key nor a message's recipient or bodies are logged.
 */
public final class SendGridMailer implements Mailer {

    /** The name under which the outbox id travels in {@code custom_args}. */
    public static final String OUTBOX_ID = "outbox_id";
    static final String MAIL_SEND = "mail/send";

    private static final Logger LOG = Logger.getLogger(SendGridMailer.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int MAX_ERROR_DETAIL = 800;

    private final SendGridSettings settings;
    private final SendGridClient client;
    private final SendGrid sendGrid;

    private SendGridMailer(SendGridSettings settings) {
        this.settings = settings;
        this.client = SendGridClient.of(settings);
        // the SDK adds Authorization: Bearer <key>, its User-Agent and Accept: application/json to every request
        this.sendGrid = new SendGrid(settings.apiKey(), client);
    }

    public static SendGridMailer of(SendGridSettings settings) {
        return new SendGridMailer(settings);
    }

    @Override
    public MailProvider provider() {
        return MailProvider.SENDGRID;
    }

    @Override
    public Delivery send(long outboxId, OutgoingMail mail) {
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint(MAIL_SEND);
        request.setBody(body(outboxId, mail));
        Response response;
        try {
            response = sendGrid.api(request);
        } catch (IOException e) {
            if (!reachedNothing(e)) {
                // the request may have reached SendGrid (a read timed out, the answer was cut): SendGrid's v3 API has
                // no idempotency key, so sending again could deliver it twice
                Delivery lost = Delivery.answerLost("SendGrid", "message", firstLine(e));
                LOG.warning(() -> "outbox mail " + outboxId + ", not retried: " + lost.error());
                return lost;
            }
            // the SDK wraps a bad URL's stack trace into the message: the first line says enough
            String reason = "SendGrid could not be reached: " + firstLine(e);
            LOG.warning(() -> "outbox mail " + outboxId + " not sent, retryable: " + reason);
            return Delivery.failedForNow(reason);
        }
        return answer(outboxId, response);
    }

    /** Whether the request surely never left: no connection was made (refused, unknown host, no pooled one). */
    static boolean reachedNothing(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof ConnectTimeoutException || cause instanceof ConnectionPoolTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The documented v3 mail send body. */
    String body(long outboxId, OutgoingMail mail) {
        Mail message = new Mail();
        message.setFrom(new Email(settings.from(), settings.fromName()));
        message.setSubject(mail.subject());
        Personalization recipient = new Personalization();
        recipient.addTo(new Email(mail.toAddress(), mail.toName()));
        recipient.addCustomArg(OUTBOX_ID, Long.toString(outboxId));
        message.addPersonalization(recipient);
        message.addContent(new Content("text/plain", mail.text()));
        if (mail.html() != null) {
            message.addContent(new Content("text/html", mail.html()));
        }
        // SendGrid takes Reply-To as an address of its own, and refuses it among the headers
        mail.replyTo().ifPresent(address -> message.setReplyTo(new Email(address)));
        mail.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(MailHeaders.REPLY_TO)) {
                message.addHeader(name, value);
            }
        });
        message.addCategory(mail.category());
        try {
            return message.build();
        } catch (IOException e) {
            // writing strings into JSON cannot fail; if the SDK ever does, it is a bug, not a delivery failure
            throw new IllegalStateException("the SendGrid SDK could not write the message as JSON", e);
        }
    }

    private static Delivery answer(long outboxId, Response response) {
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            String messageId = header(response.getHeaders(), "X-Message-Id");
            LOG.fine(() -> "outbox mail " + outboxId + " accepted by SendGrid as " + messageId);
            return Delivery.sent(messageId);
        }
        String reason = "SendGrid answered " + status + errors(response.getBody());
        if (status == 429 || status >= 500) {
            LOG.warning(() -> "outbox mail " + outboxId + " not sent, retryable: " + reason);
            return Delivery.failedForNow(reason);
        }
        LOG.log(status == 401 || status == 403 ? Level.SEVERE : Level.WARNING,
                () -> "outbox mail " + outboxId + " refused: " + reason);
        return Delivery.refused(reason);
    }

    /**
     * SendGrid's error messages, from its documented error body
     * ({@code {"errors": [{"message": "…", "field": "…", "help": …}]}}): ": field: message; message".
     */
    static String errors(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        List<String> messages = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue errors = reader.readObject().get("errors");
            if (errors instanceof JsonArray list) {
                for (JsonValue error : list) {
                    if (error instanceof JsonObject entry && entry.get("message") instanceof JsonString message) {
                        String field = entry.get("field") instanceof JsonString name ? name.getString() + ": " : "";
                        messages.add(field + message.getString());
                    }
                }
            }
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            return ""; // not SendGrid's JSON (a proxy's error page): the status says what there is to say
        }
        String joined = String.join("; ", messages).replaceAll("\\p{Cntrl}", " ");
        if (joined.isEmpty()) {
            return "";
        }
        return ": " + (joined.length() > MAX_ERROR_DETAIL ? joined.substring(0, MAX_ERROR_DETAIL) + "..." : joined);
    }

    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String firstLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            LOG.fine(() -> "closing the SendGrid client: " + e);
        }
    }

    /** Never the API key. */
    @Override
    public String toString() {
        return "SendGridMailer[" + settings + "]";
    }
}
