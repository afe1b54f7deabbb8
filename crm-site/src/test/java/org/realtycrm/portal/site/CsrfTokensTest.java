package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.site.Hmac;

class CsrfTokensTest {

    private static final byte[] KEY = "a key of the website's own".getBytes(StandardCharsets.UTF_8);
    private final CsrfTokens csrf = CsrfTokens.with(KEY);

    @Test
    void isTheHmacOfTheSessionsTokenInHex() {
        String value = csrf.of(ClientCookieTest.TOKEN);

        assertThat(value).matches("[0-9a-f]{64}");
        assertThat(value).isEqualTo(java.util.HexFormat.of().formatHex(Hmac.sha256(KEY,
                ClientCookieTest.TOKEN.getBytes(StandardCharsets.UTF_8))));
        assertThat(CsrfTokens.with(KEY).of(ClientCookieTest.TOKEN)).as("the same on every node").isEqualTo(value);
    }

    @Test
    void onlyTheValueMadeForThisSessionMatches() {
        String value = csrf.of(ClientCookieTest.TOKEN);

        assertThat(csrf.matches(ClientCookieTest.TOKEN, value)).isTrue();
        assertThat(csrf.matches("another.session.token", value)).as("another session's").isFalse();
        assertThat(CsrfTokens.with("another key".getBytes(StandardCharsets.UTF_8)).matches(ClientCookieTest.TOKEN,
                value)).as("another site's").isFalse();
        for (String wrong : new String[] {null, "", value.substring(1), value.toUpperCase(), value + "0"}) {
            assertThat(csrf.matches(ClientCookieTest.TOKEN, wrong)).as(String.valueOf(wrong)).isFalse();
        }
    }
}
