package org.realtycrm.campaign.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLHandshakeException;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.TextProvider;

/**
 * The {@link TextMessenger} on Twilio's Programmable Messaging, through its official Java SDK: one
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} per text (HTTP Basic auth with the account SID and
 * its auth token), with {@code To}, the sender ({@code From}, or {@code MessagingServiceSid}), {@code Body} and, when
 * the product has a public webhook URL, {@code StatusCallback}, to which Twilio posts the text's delivery reports
 * (they name the text by the message SID this answers). The SDK's client is this instance's own
 * ({@link TwilioClient}): never {@code Twilio.init}, whose global state would be shared with whatever else in the
 * server uses the SDK.
 *
 * <p>Twilio's answers: 201 (any 2xx) accepted, with its message SID; 429 (rate limited) and 5xx, like a request that
 * never reached Twilio, failed for now and worth retrying; any other 4xx is a refusal that would be repeated, with
 * Twilio's error code and message: an invalid number (21211), a number that cannot receive texts (21614), a revoked
 * token (20003), and 21610, the recipient replied STOP ({@link Delivery#recipientOptedOut()}), which the caller
 * records as an opt-out. A request whose answer was lost (read timed out, connection cut) is not retried: Twilio's
 * Messages API has no idempotency key, and the text may have gone out.
 *
 * <p>Neither the auth token nor a text's number or body is logged; Twilio's error messages, which can quote the
 * number, go into the answer (kept with the text's record) but not into the log.
 */
public final class TwilioTextMessenger implements TextMessenger {

    private static final Logger LOG = Logger.getLogger(TwilioTextMessenger.class.getName());
    private static final int MAX_ERROR_DETAIL = 800;

    private final TwilioSettings settings;
    private final TwilioClient client;

    private TwilioTextMessenger(TwilioSettings settings) {
        this.settings = settings;
        this.client = TwilioClient.of(settings);
    }

    public static TwilioTextMessenger of(TwilioSettings settings) {
        return new TwilioTextMessenger(settings);
    }

    @Override
    public TextProvider provider() {
        return TextProvider.TWILIO;
    }

    @Override
    public Delivery send(long outboxId, OutgoingText text) {
        MessageCreator creator = settings.from() != null
                ? Message.creator(new PhoneNumber(text.to()), new PhoneNumber(settings.from()), text.body())
                : Message.creator(new PhoneNumber(text.to()), settings.messagingServiceSid(), text.body());
        if (settings.statusCallback() != null) {
            // the text's own callback names its outbox record: a report that comes before our record holds Twilio's
            // SID still finds its text (Twilio signs the URL with its query, so the id cannot be swapped)
            creator.setStatusCallback(URI.create(settings.statusCallback() + "?" + SmsSettings.OUTBOX_TEXT_PARAMETER
                    + "=" + outboxId));
        }
        Exchange exchange = new Exchange(client);
        Message message;
        try {
            // a client per text, cheap (the connections are the TwilioClient's): the answer stays this text's
            message = creator.create(new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                    .httpClient(exchange).build());
        } catch (TwilioException e) {
            return failure(outboxId, exchange.getLastResponse(), e);
        }
        String sid = message.getSid();
        Message.Status status = message.getStatus();
        LOG.fine(() -> "outbox text " + outboxId + " accepted by Twilio as " + sid + " (" + status + ")");
        return Delivery.sent(sid);
    }

    /**
     * @param answer Twilio's answer, null when none came: the SDK's exceptions alone do not tell an answer it could
     *        not read (a proxy's error page, a 2xx cut short) from no answer at all
     */
    private static Delivery failure(long outboxId, Response answer, TwilioException failure) {
        if (answer == null) {
            IOException cause = ioCause(failure);
            if (cause != null && !reachedNothing(cause)) {
                // the request may have reached Twilio (a read timed out, the answer was cut): its Messages API has
                // no idempotency key, so sending again could deliver the text twice
                Delivery lost = Delivery.answerLost("Twilio", "text", firstLine(cause));
                LOG.warning(() -> "outbox text " + outboxId + ", not retried: " + lost.error());
                return lost;
            }
            String reason = "Twilio could not be reached: " + firstLine(cause != null ? cause : failure);
            LOG.warning(() -> "outbox text " + outboxId + " not sent, retryable: " + reason);
            return Delivery.failedForNow(reason);
        }
        int status = answer.getStatusCode();
        if (status >= 200 && status < 300) {
            // Twilio took it; only its answer could not be read: sending again would send it twice
            LOG.warning(() -> "outbox text " + outboxId + " accepted by Twilio (" + status + "), but its answer "
                    + "could not be read: " + firstLine(failure));
            return Delivery.sent(null);
        }
        // Twilio's own error ({"code": 21610, "message": "…", "more_info": "…", "status": 400}), when it sent one
        ApiException twilioError = failure instanceof ApiException api && api.getStatusCode() != null ? api : null;
        String code = twilioError == null || twilioError.getCode() == null || twilioError.getCode() == 0 ? null
                : twilioError.getCode().toString();
        String answered = "Twilio answered " + status + (code == null ? "" : " (error " + code + ")");
        String reason = answered + (twilioError == null ? "" : detail(twilioError.getMessage()));
        if (status == 429 || status >= 500) {
            LOG.warning(() -> "outbox text " + outboxId + " not sent, retryable: " + answered);
            return Delivery.failedForNow(reason);
        }
        if (Delivery.TWILIO_UNSUBSCRIBED.equals(code)) {
            LOG.info(() -> "outbox text " + outboxId + " refused: the recipient has opted out (" + answered + ")");
        } else {
            LOG.log(status == 401 || status == 403 ? Level.SEVERE : Level.WARNING,
                    () -> "outbox text " + outboxId + " refused: " + answered);
        }
        return Delivery.refused(reason, code);
    }

    /** ": message", on one line and not too long; empty for none. */
    private static String detail(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = message.strip().replaceAll("\\p{Cntrl}", " ");
        return ": " + (line.length() > MAX_ERROR_DETAIL ? line.substring(0, MAX_ERROR_DETAIL) + "..." : line);
    }

    private static IOException ioCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Whether the request surely never left: no connection was made (refused, unknown host, timed out connecting, no
     * TLS session, no pooled connection in time).
     */
    static boolean reachedNothing(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof ConnectTimeoutException || cause instanceof ConnectionRequestTimeoutException
                    || cause instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    @Override
    public void close() {
        client.close();
    }

    /** Never the auth token. */
    @Override
    public String toString() {
        return "TwilioTextMessenger[" + settings + "]";
    }

    /**
     * One text's HTTP exchange: the SDK's request through the shared {@link TwilioClient}, sent once, and Twilio's
     * answer kept for this text alone ({@link #getLastResponse()}).
     */
    private static final class Exchange extends HttpClient {

        private final TwilioClient transport;

        Exchange(TwilioClient transport) {
            this.transport = transport;
        }

        @Override
        public Response makeRequest(Request request) {
            return transport.makeRequest(request);
        }

        @Override
        protected boolean shouldRetry(Response response, int[] retryCodes) {
            return false;
        }
    }
}
