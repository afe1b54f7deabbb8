package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.it.support.ItProperties;

/** Every answer of the screens and the API carries the browser protections, whoever asks and whatever the status. */
class SecurityHeadersIT extends CrmIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The API's: no inline script, nothing from elsewhere, never framed. */
    private static final String API_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";
    /** The screens': PrimeFaces' inline scripts, nothing from another origin but the maps' tiles, never framed. */
    private static final String SCREENS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https://*.tile.openstreetmap.org; "
            + "font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/version", "/api/v1/leads", "/api/v1/no-such-thing", "/openapi", "/api-docs/", "/"})
    void everyAnswerOfTheApiCarriesThem(String path) throws Exception {
        assertProtected(get(path, null), API_POLICY);
    }

    @Test
    void soDoesTheErrorTheServerAnswersItselfForABadToken() throws Exception {
        HttpResponse<Void> refused = send("/api/v1/leads", "Bearer not-a-token");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertProtected(refused.headers(), API_POLICY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/app/login.xhtml", "/app/error/not-found.xhtml",
        "/app/jakarta.faces.resource/crm/crm.css.xhtml"})
    void everyAnswerOfTheScreensCarriesThem(String path) throws Exception {
        assertProtected(get(path, null), SCREENS_POLICY);
    }

    @Test
    void theSessionCookieStaysHttpOnlyAndSameSite() throws Exception {
        assertThat(get("/app/login.xhtml", null).allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("CRMSESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private static void assertProtected(HttpHeaders headers, String policy) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(policy);
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private static HttpHeaders get(String path, String authorization) throws Exception {
        return send(path, authorization).headers();
    }

    private static HttpResponse<Void> send(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItProperties.baseUrl() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
