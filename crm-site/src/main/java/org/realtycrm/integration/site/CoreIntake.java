package org.realtycrm.integration.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.realtycrm.platform.site.CoreProblem;
import org.realtycrm.platform.site.IntakeSigning;
import org.realtycrm.platform.site.SiteSettings;

/**
 * Hands a form's inquiry to the core: {@code POST /api/v1/intake/leads}, signed with the website's intake source
 * ({@link IntakeSigning}, docs/api.md "Inbound leads"). The core decides everything (who the lead is,
 * which agent gets it); this only reports how it went, with the core's field errors when it refused the inquiry.
 */
@ApplicationScoped
public class CoreIntake {

    private static final Logger LOG = Logger.getLogger(CoreIntake.class.getName());

    @Inject
    SiteSettings settings;

    private HttpClient http;
    private Clock clock = Clock.systemUTC();

    /** How a delivery went. */
    public sealed interface Outcome {
        /** The core took it: a new lead or a known one's new inquiry. */
        record Taken() implements Outcome {
        }

        /** The core refused the inquiry itself: what is wrong, by the form's field names. */
        record Refused(Map<String, String> fieldErrors) implements Outcome {
        }

        /** The core could not be reached, is misconfigured or overloaded: nothing was taken. */
        record Unavailable() implements Outcome {
        }

        /** The core stored the same person by another path at that moment: the delivery may be sent again. */
        record Conflict() implements Outcome {
        }
    }

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    public Outcome deliver(JsonObject inquiry) {
        if (settings.intakeKey().isEmpty() || settings.intakeSecret().isEmpty()) {
            LOG.severe("crm.site.intake-key and crm.site.intake-secret are not set: a form could not be delivered");
            return new Outcome.Unavailable();
        }
        Outcome outcome = send(inquiry);
        if (outcome instanceof Outcome.Conflict) {
            // the same person was stored at that moment by another path: the core asks for the delivery again
            outcome = send(inquiry);
        }
        return outcome instanceof Outcome.Conflict ? new Outcome.Unavailable() : outcome;
    }

    private Outcome send(JsonObject inquiry) {
        byte[] body = inquiry.toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = IntakeSigning.signed(
                        HttpRequest.newBuilder(URI.create(settings.coreUrl() + "/api/v1/intake/leads")),
                        settings.intakeKey().get(), settings.intakeSecret().get(), clock.instant(), body)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the core did not take a form's inquiry: " + e);
            return new Outcome.Unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Unavailable();
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return new Outcome.Taken();
        }
        if (status == 400) {
            return new Outcome.Refused(fieldErrors(response.body()));
        }
        if (status == 409) {
            return new Outcome.Conflict();
        }
        LOG.warning("the core answered " + status + " to a form's inquiry: " + abbreviated(response.body()));
        return new Outcome.Unavailable();
    }

    /** The problem's {@code errors} ({@code [{"field","message"}]}); a problem without them is about the whole form. */
    static Map<String, String> fieldErrors(String problem) {
        Map<String, String> errors = new LinkedHashMap<>(CoreProblem.of(problem).fieldErrors());
        if (errors.isEmpty()) {
            LOG.warning("the core's 400 answer named no field: " + abbreviated(problem));
            errors.put("form", "could not be sent as it is");
        }
        return errors;
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
