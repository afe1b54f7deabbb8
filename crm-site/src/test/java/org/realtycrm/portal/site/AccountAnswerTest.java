package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AccountAnswerTest {

    private static AccountAnswer answer(int status, String body) {
        return AccountAnswer.of(new CoreAnswer(status, body, CoreAnswer.DEFAULT_RETRY_AFTER));
    }

    @Test
    void aSignInOrAConfirmedEmailIsASession() {
        AccountAnswer answer = answer(200, "{\"accessToken\":\"" + ClientCookieTest.TOKEN + "\",\"expiresIn\":3600,"
                + "\"name\":\"Vera Client\"}");

        assertThat(answer).isEqualTo(new AccountAnswer.SignedIn(new ClientSession(ClientCookieTest.TOKEN, 3600,
                "Vera Client")));
        assertThat(answer.toString()).as("never the token in a log").doesNotContain(ClientCookieTest.TOKEN);
    }

    @Test
    void aSessionThatCannotBeUsedIsNotOne() {
        assertThat(answer(200, "{\"accessToken\":\"a b\",\"expiresIn\":3600}"))
                .isInstanceOf(AccountAnswer.Unexpected.class);
        assertThat(answer(200, "{\"accessToken\":\"" + ClientCookieTest.TOKEN + "\",\"expiresIn\":0}"))
                .isInstanceOf(AccountAnswer.Unexpected.class);
        assertThat(answer(200, "<html>")).isInstanceOf(AccountAnswer.Unexpected.class);
        assertThat(answer(200, "{\"accessToken\":\"" + ClientCookieTest.TOKEN + "\"}").toString())
                .doesNotContain(ClientCookieTest.TOKEN);
    }

    @Test
    void anUnsubscribeNamesTheSearchItStopped() {
        assertThat(answer(200, "{\"searchName\":\"3+ beds in Austin\"}"))
                .isEqualTo(new AccountAnswer.Unsubscribed("3+ beds in Austin"));
    }

    @Test
    void aLinkSentSaysWhichLink() {
        assertThat(answer(202, "{\"status\":\"verification-sent\"}")).isEqualTo(new AccountAnswer.VerificationSent());
        assertThat(answer(202, "{\"status\":\"reset-sent\"}")).isEqualTo(new AccountAnswer.ResetSent());
        assertThat(answer(202, "<html>")).as("not the contract's answer").isInstanceOf(
                AccountAnswer.Unexpected.class);
    }

    @Test
    void aNewPasswordIsASessionOrTheLinkIsGoneOrThePasswordIsRefused() {
        assertThat(answer(200, "{\"accessToken\":\"" + ClientCookieTest.TOKEN + "\",\"expiresIn\":1209600,"
                + "\"name\":\"Vera Client\"}")).isEqualTo(new AccountAnswer.SignedIn(new ClientSession(
                        ClientCookieTest.TOKEN, 1209600, "Vera Client")));
        assertThat(answer(410, "{\"type\":\"https://realtycrm.org/problems/link-expired\",\"title\":\"Link expired\"}"))
                .isEqualTo(new AccountAnswer.LinkExpired());
        assertThat(answer(400, "{\"type\":\"https://realtycrm.org/problems/invalid-input\",\"errors\":[{\"field\":"
                + "\"password\",\"message\":\"must be 12 to 128 characters\"}]}"))
                .isEqualTo(new AccountAnswer.Refused(Map.of("password", "must be 12 to 128 characters")));
    }

    @Test
    void eachRefusalSaysWhatItMeansForThePage() {
        assertThat(answer(400, "{\"type\":\"https://realtycrm.org/problems/invalid-input\",\"errors\":[{\"field\":"
                + "\"password\",\"message\":\"must be at least 12 characters\"}]}"))
                .isEqualTo(new AccountAnswer.Refused(Map.of("password", "must be at least 12 characters")));
        assertThat(answer(400, "{}")).isEqualTo(new AccountAnswer.Refused(Map.of("form",
                "could not be sent as it is")));
        assertThat(answer(401, "{\"type\":\"https://realtycrm.org/problems/invalid-credentials\"}"))
                .isEqualTo(new AccountAnswer.WrongCredentials());
        assertThat(answer(401, "{\"type\":\"https://realtycrm.org/problems/unauthenticated\"}"))
                .as("the website's own signature refused: not the visitor's password").isInstanceOf(
                        AccountAnswer.Unexpected.class);
        assertThat(answer(403, "{\"type\":\"https://realtycrm.org/problems/email-not-verified\"}"))
                .isEqualTo(new AccountAnswer.EmailNotVerified());
        assertThat(answer(404, "{}")).isEqualTo(new AccountAnswer.UnknownLink());
        assertThat(answer(410, "{\"type\":\"https://realtycrm.org/problems/gone\"}"))
                .isEqualTo(new AccountAnswer.LinkExpired());
    }

    @Test
    void tooManyTriesSaysWhenToTryAgain() {
        assertThat(AccountAnswer.of(new CoreAnswer(429, "{}", CoreAnswer.retryAfter("120"))))
                .isEqualTo(new AccountAnswer.TooMany(120));
        assertThat(CoreAnswer.retryAfter(null)).isEqualTo(CoreAnswer.DEFAULT_RETRY_AFTER);
        assertThat(CoreAnswer.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(CoreAnswer.DEFAULT_RETRY_AFTER);
        assertThat(CoreAnswer.retryAfter("0")).as("at least a second").isEqualTo(1);
    }

    @Test
    void anythingElseIsUnexpectedAndSaysWhatTheCoreSaid() {
        assertThat(answer(403, "{\"type\":\"https://realtycrm.org/problems/forbidden\",\"detail\":\"no\"}"))
                .isEqualTo(new AccountAnswer.Unexpected(403, "https://realtycrm.org/problems/forbidden: no"));
        assertThat(answer(502, "<html>Bad gateway</html>"))
                .isEqualTo(new AccountAnswer.Unexpected(502, "<html>Bad gateway</html>"));
    }
}
