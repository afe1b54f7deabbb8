package org.realtycrm.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExpiredViewReloadTest {

    @Test
    void thePageTheBrowserWasOnIsShownAgain() {
        assertEquals(Optional.of("/app/lead.xhtml?id=42"),
                ExpiredViewReload.pageOf("http://crm.example:8090/app/lead.xhtml?id=42", "crm.example:8090", "/app"));
        assertEquals(Optional.of("/app/leads.xhtml"),
                ExpiredViewReload.pageOf("https://crm.example/app/leads.xhtml", "CRM.example", "/app"));
    }

    @Test
    void neverAnotherSiteOrAnotherApplication() {
        assertEquals(Optional.empty(),
                ExpiredViewReload.pageOf("https://evil.example/app/leads.xhtml", "crm.example", "/app"));
        assertEquals(Optional.empty(),
                ExpiredViewReload.pageOf("https://crm.example/api/v1/leads", "crm.example", "/app"));
        assertEquals(Optional.empty(),
                ExpiredViewReload.pageOf("https://crm.example/app/../api/v1/leads", "crm.example", "/app"));
        assertEquals(Optional.empty(),
                ExpiredViewReload.pageOf("//evil.example/app/x", "crm.example", "/app"));
    }

    @Test
    void notTheSignInFormOrAnErrorPageAndNothingWithoutAReferer() {
        assertEquals(Optional.empty(),
                ExpiredViewReload.pageOf("https://crm.example/app/login.xhtml", "crm.example", "/app"));
        assertEquals(Optional.empty(),
                ExpiredViewReload.pageOf("https://crm.example/app/error/expired.xhtml", "crm.example", "/app"));
        assertEquals(Optional.empty(), ExpiredViewReload.pageOf(null, "crm.example", "/app"));
        assertEquals(Optional.empty(), ExpiredViewReload.pageOf("not a uri", "crm.example", "/app"));
    }
}
