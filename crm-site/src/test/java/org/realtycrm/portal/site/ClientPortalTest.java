package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The client's calls: what the core's answers become for the pages, and what is sent. */
class ClientPortalTest {

    /** A core that answers every call with one status and body, and remembers what it was asked. */
    static final class CannedCore extends CoreConnection {
        final List<String> asked = new ArrayList<>();
        final List<JsonObject> bodies = new ArrayList<>();
        private final int status;
        private final String body;

        CannedCore(int status, String body) {
            this.status = status;
            this.body = body;
        }

        @Override
        public CoreAnswer asClient(String method, String path, String token, JsonObject json, Duration timeout) {
            asked.add(method + " " + path);
            bodies.add(json);
            return new CoreAnswer(status, body, CoreAnswer.DEFAULT_RETRY_AFTER);
        }

        @Override
        public CoreAnswer signed(String path, JsonObject json) {
            asked.add("POST " + path);
            bodies.add(json);
            return new CoreAnswer(status, body, CoreAnswer.DEFAULT_RETRY_AFTER);
        }
    }

    private static ClientPortal portal(CannedCore core) {
        ClientPortal portal = new ClientPortal();
        portal.core = core;
        return portal;
    }

    @Test
    void aTokenTheCoreNoLongerTakesEndsTheSession() {
        for (int status : new int[] {401, 403}) {
            assertThatThrownBy(() -> portal(new CannedCore(status, "{}")).favourites("t.t"))
                    .isInstanceOf(SessionEndedException.class);
        }
    }

    @Test
    void aCoreThatFailsOrAnswersWhatTheContractDoesNotSayIsUnavailable() {
        assertThatThrownBy(() -> portal(new CannedCore(500, "{}")).profile("t.t"))
                .isInstanceOf(CoreUnavailableException.class);
        assertThatThrownBy(() -> portal(new CannedCore(200, "<html>")).profile("t.t"))
                .isInstanceOf(CoreUnavailableException.class);
        assertThatThrownBy(() -> portal(new CannedCore(200, "{\"items\":[{\"id\":1,\"name\":\"Mine\","
                + "\"criteria\":{},\"frequency\":\"WEEKLY\"}]}")).savedSearches("t.t"))
                .isInstanceOf(CoreUnavailableException.class);
    }

    @Test
    void aHomeThatIsNotPublicCannotBeSavedAndOneNotSavedIsAsGoodAsRemoved() {
        CannedCore core = new CannedCore(404, "{}");

        assertThat(portal(core).addFavourite("t.t", 42)).isFalse();
        portal(core).removeFavourite("t.t", 42);
        assertThat(portal(new CannedCore(204, "")).addFavourite("t.t", 42)).isTrue();
        assertThat(core.asked).containsExactly("PUT /favourites/42", "DELETE /favourites/42");
    }

    @Test
    void savingASearchSaysWhatTheCoreRefused() {
        SearchToSave search = SearchToSave.from(Map.of("city", "Austin")::get);

        assertThat(portal(new CannedCore(201, "{\"id\":5}")).saveSearch("t.t", search))
                .isEqualTo(new SaveSearchResult.Saved());
        assertThat(portal(new CannedCore(400, "{\"errors\":[{\"field\":\"name\",\"message\":\"is too long\"}]}"))
                .saveSearch("t.t", search)).isEqualTo(new SaveSearchResult.Refused(Map.of("name", "is too long")));
        assertThat(portal(new CannedCore(409, "{\"detail\":\"You have 25 saved searches, the most you may have.\"}"))
                .saveSearch("t.t", search))
                .isEqualTo(new SaveSearchResult.LimitReached("You have 25 saved searches, the most you may have."));
    }

    @Test
    void aChangeSendsOnlyWhatChanged() {
        CannedCore core = new CannedCore(200, "{}");

        assertThat(portal(core).changeSearch("t.t", 7, null, Frequency.OFF)).isEqualTo(new SaveSearchResult.Saved());
        assertThat(core.asked).containsExactly("PATCH /saved-searches/7");
        assertThat(core.bodies.get(0).toString()).isEqualTo("{\"frequency\":\"OFF\"}");
        assertThat(portal(new CannedCore(404, "{}")).changeSearch("t.t", 7, "Mine", null)).as("not theirs")
                .isEqualTo(new SaveSearchResult.NotFound());
        assertThat(portal(new CannedCore(400, "{\"errors\":[{\"field\":\"name\",\"message\":\"must be one line\"}]}"))
                .changeSearch("t.t", 7, "a\tb", null))
                .isEqualTo(new SaveSearchResult.Refused(java.util.Map.of("name", "must be one line")));
    }

    @Test
    void aSaveOrAChangeIsTakenOnlyWithTheStatusTheCoreAnswersIt() {
        SearchToSave search = SearchToSave.from(Map.of("city", "Austin")::get);

        assertThatThrownBy(() -> portal(new CannedCore(200, "{}")).saveSearch("t.t", search))
                .isInstanceOf(CoreUnavailableException.class);
        assertThatThrownBy(() -> portal(new CannedCore(204, "")).changeSearch("t.t", 7, null, Frequency.OFF))
                .isInstanceOf(CoreUnavailableException.class);
    }

    @Test
    void everyCallWithoutATokenCarriesTheVisitorsAddress() {
        CannedCore core = new CannedCore(202, "{\"status\":\"verification-sent\"}");
        PortalAccounts accounts = new PortalAccounts();
        accounts.core = core;

        accounts.signIn("vera@example.com", "correct horse battery", "203.0.113.9");
        accounts.verifyEmail("vt_1", "203.0.113.9");
        accounts.acceptInvitation("in_1", "correct horse battery", "203.0.113.9");
        accounts.unsubscribe("un_1", "203.0.113.9");
        accounts.askForNewPassword("vera@example.com", "203.0.113.9");
        accounts.chooseNewPassword("pw_1", "a new horse battery", "203.0.113.9");

        assertThat(core.asked).containsExactly("POST /sessions", "POST /verifications", "POST /invitations",
                "POST /unsubscriptions", "POST /password-resets", "POST /passwords");
        assertThat(core.bodies).allSatisfy(body -> assertThat(body.getString("clientAddress"))
                .isEqualTo("203.0.113.9"));
        assertThat(core.bodies.get(0).toString()).isEqualTo("{\"clientAddress\":\"203.0.113.9\",\"email\":"
                + "\"vera@example.com\",\"password\":\"correct horse battery\"}");
        assertThat(core.bodies.get(2).getString("token")).isEqualTo("in_1");
        assertThat(core.bodies.get(4).toString()).isEqualTo("{\"clientAddress\":\"203.0.113.9\",\"email\":"
                + "\"vera@example.com\"}");
        assertThat(core.bodies.get(5).toString()).isEqualTo("{\"clientAddress\":\"203.0.113.9\",\"token\":"
                + "\"pw_1\",\"password\":\"a new horse battery\"}");
    }

    @Test
    void askingForANewPasswordAndChoosingItAreReadAsTheContractSays() {
        PortalAccounts accounts = new PortalAccounts();

        accounts.core = new CannedCore(202, "{\"status\":\"reset-sent\"}");
        assertThat(accounts.askForNewPassword("nobody@example.com", "203.0.113.9"))
                .as("the same whether or not the address has an account").isEqualTo(new AccountAnswer.ResetSent());
        accounts.core = new CannedCore(400, "{\"errors\":[{\"field\":\"email\",\"message\":\"must be an email "
                + "address\"}]}");
        assertThat(accounts.askForNewPassword("vera", "203.0.113.9"))
                .isEqualTo(new AccountAnswer.Refused(Map.of("email", "must be an email address")));
        accounts.core = new CannedCore(429, "{}");
        assertThat(accounts.askForNewPassword("vera@example.com", "203.0.113.9"))
                .isEqualTo(new AccountAnswer.TooMany(CoreAnswer.DEFAULT_RETRY_AFTER));

        accounts.core = new CannedCore(200, "{\"accessToken\":\"" + ClientCookieTest.TOKEN + "\",\"expiresIn\":3600,"
                + "\"name\":\"Vera Client\"}");
        assertThat(accounts.chooseNewPassword("pw_1", "a new horse battery", "203.0.113.9"))
                .isEqualTo(new AccountAnswer.SignedIn(new ClientSession(ClientCookieTest.TOKEN, 3600, "Vera Client")));
        accounts.core = new CannedCore(410, "{\"type\":\"https://realtycrm.org/problems/link-expired\"}");
        assertThat(accounts.chooseNewPassword("pw_1", "a new horse battery", "203.0.113.9"))
                .isEqualTo(new AccountAnswer.LinkExpired());
        accounts.core = new CannedCore(400, "{\"errors\":[{\"field\":\"password\",\"message\":\"must be 12 to "
                + "128 characters\"}]}");
        assertThat(accounts.chooseNewPassword("pw_1", null, "203.0.113.9"))
                .isEqualTo(new AccountAnswer.Refused(Map.of("password", "must be 12 to 128 characters")));
    }
}
