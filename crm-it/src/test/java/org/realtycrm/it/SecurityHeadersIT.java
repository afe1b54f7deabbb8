package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.it.support.ItProperties;

/** Every answer of the screens and the API carries the browser protections, whoever asks and whatever the status. */
class SecurityHeadersIT extends CrmIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/version", "/api/v1/leads", "/api/v1/no-such-thing", "/openapi", "/api-docs/",
        "/", "/app/login.xhtml", "/app/error/not-found.xhtml", "/app/jakarta.faces.resource/crm/crm.css.xhtml"})
    void everyAnswerCarriesThem(String path) throws Exception {
        HttpHeaders headers = get(path);

        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "script-src 'self'")
                .doesNotContain("unsafe-eval", "*"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/version", "/openapi", "/api-docs/"})
    void theApiRunsNoInlineScript(String path) throws Exception {
        assertThat(get(path).firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .startsWith("default-src 'none'").contains("script-src 'self';"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/app/login.xhtml"})
    void theSessionCookieStaysHttpOnlyAndSameSite(String path) throws Exception {
        assertThat(get(path).allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("CRMSESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private static HttpHeaders get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ItProperties.baseUrl() + path)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).headers();
    }
}
