package org.realtycrm.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInDestinationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/app/", "/app/leads.xhtml", "/app/lead.xhtml?id=42", "/app/leads.xhtml?status=NEW&q=ana"})
    void aPageOfTheScreensIsWhereSigningInLeads(String path) {
        assertThat(SignInDestination.isOurs("/app", path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/app/", "//evil.example/app/", "/api/v1/leads", "/application",
        "/app\\..\\x", "/app/login.xhtml", "/app/login.xhtml?ended=true"})
    void anythingElseIsNot(String path) {
        assertThat(SignInDestination.isOurs("/app", path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app/", "/app/leads.xhtml", "/app/lead.xhtml"})
    void pagesAreRememberedOnTheWayToTheForm(String uri) {
        assertThat(SignInDestination.isPage("/app", uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app/jakarta.faces.push/notifications", "/app/imports/rejects.csv",
        "/app/jakarta.faces.resource/crm/crm.css.xhtml", "/app/favicon.ico"})
    void whatAPageLoadsByItselfIsNot(String uri) {
        assertThat(SignInDestination.isPage("/app", uri)).isFalse();
    }
}
