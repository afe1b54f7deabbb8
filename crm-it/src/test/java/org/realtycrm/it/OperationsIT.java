package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Response;

/** What operators and API clients rely on besides the business calls: health, metrics, the contract, error shapes. */
class OperationsIT extends CrmIT {

    @ParameterizedTest
    @ValueSource(strings = {"/health/ready", "/health/live"})
    void healthChecksReportUpWithoutSigningIn(String path) {
        Response response = anonymous().get(path);

        assertThat(response.expect(200).contentType()).isEqualTo("application/json");
        assertThat(response.json().getString("status")).isEqualTo("UP");
    }

    @Test
    void metricsAreExposedForScraping() {
        Response response = anonymous().get("/metrics", "text/plain");

        assertThat(response.expect(200).body()).contains("# TYPE");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Response response = anonymous().get("/openapi?format=JSON", "application/json");

        JsonObject document = response.expect(200).json();
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("paths").keySet())
                .contains("/api/v1/leads", "/api/v1/auth/token", "/api/v1/users");
        assertThat(document.getJsonObject("components").getJsonObject("schemas")).isNotEmpty();
    }

    @Test
    void adminInterfaceShowsTheDeployedApplicationBehindItsPassword() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI applications = URI.create(ItProperties.adminConsoleUrl() + "/management/domain/applications/list-applications");
        String credentials = Base64.getEncoder().encodeToString(
                ("admin:" + ItProperties.adminConsolePassword()).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> withPassword = http.send(HttpRequest.newBuilder(applications)
                .header("Accept", "application/json").header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withoutPassword = http.send(HttpRequest.newBuilder(applications)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withPassword.statusCode()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(withPassword.body()))) {
            assertThat(reader.readObject().getJsonObject("properties").getString("crm"))
                    .as("the EAR with its EJB, web and MicroProfile engines").contains("ear", "ejb", "web");
        }
        assertThat(withoutPassword.statusCode()).as("never the empty default password").isEqualTo(401);
    }

    @Test
    void apiDocumentationPageIsServed() {
        Response response = anonymous().get("/api-docs/", "text/html");

        assertThat(response.expect(200).contentType()).isEqualTo("text/html");
    }

    @Test
    void versionIsPublic() {
        Response response = anonymous().get("/api/v1/version");

        assertThat(response.expect(200).contentType()).isEqualTo("application/json");
        assertThat(response.json()).isNotEmpty();
        assertThat(response.json().getString("version")).as("the version that was built")
                .isEqualTo(System.getProperty("it.project-version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/no-such-thing", "/api/v1/leads/not-a-number", "/api/v1/leads/1/no-such-thing"})
    void unknownApiPathIsANotFoundProblem(String path) {
        assertThatProblem(admin().get(path)).hasStatus(404).hasType("not-found");
    }

    /** The guide names no problem type for 405, so only the shape is checked. */
    @Test
    void unsupportedMethodIsAnsweredWithAProblem() {
        Response response = admin().send("PATCH", Leads.LEADS, "application/json", "{}");

        assertThat(response.status()).as(response.describe()).isEqualTo(405);
        assertThat(response.contentType()).as(response.describe()).isEqualTo("application/problem+json");
        assertThat(response.json().getInt("status")).isEqualTo(405);
    }

    @Test
    void markupInALeadIsKeptAndReturnedAsPlainJsonText() {
        String script = "<script>alert(1)</script>";
        String image = "<img src=x onerror=\"alert(2)\">";

        JsonObject created = adminLeads().create(newLead().firstName(script).notes(image));

        Response fetched = admin().get(Leads.path(created));
        assertThat(fetched.expect(200).contentType()).isEqualTo("application/json");
        assertThat(fetched.json().getString("firstName")).isEqualTo(script);
        assertThat(fetched.json().getString("notes")).isEqualTo(image);
        assertThat(adminLeads().list("q", created.getString("lastName")).expect(200).items())
                .singleElement().satisfies(lead -> assertThat(lead.getString("firstName")).isEqualTo(script));
    }

    @Test
    void responsesDoNotAdvertiseTheServerSoftware() {
        Response response = anonymous().get("/api/v1/version");

        assertThat(response.header("X-Powered-By")).isNull();
        assertThat(response.header("Server")).isNull();
    }
}
