package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ClientCookieTest {

    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiIsImdyb3VwcyI6WyJDTElFTlQiXX0.c2lnbmF0dXJl-_x";

    static HttpServletRequest withCookies(Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientCookieTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void holdsTheTokenForAsLongAsItLastsOutOfScriptsReachAndOtherSitesPosts() {
        assertThat(ClientCookie.holding(TOKEN, 3600, true)).isEqualTo("CRMCLIENT=" + TOKEN
                + "; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax; Secure");
        assertThat(ClientCookie.holding(TOKEN, 900, false)).as("a site reached over plain http (a developer's)")
                .isEqualTo("CRMCLIENT=" + TOKEN + "; Max-Age=900; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void clearingItTellsTheBrowserToForgetItNow() {
        assertThat(ClientCookie.cleared(true))
                .isEqualTo("CRMCLIENT=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure");
    }

    @Test
    void onlyAnAccessTokenIsEverWrittenIntoTheHeader() {
        for (String notAToken : new String[] {"", "abc", "a.b; Domain=evil.example", "a.b\r\nSet-Cookie: x=y",
                "a b.c", "a.b.c.d.e.f"}) {
            assertThatThrownBy(() -> ClientCookie.holding(notAToken, 60, true)).as(notAToken)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readsTheTokenTheBrowserSentBackAndNothingElse() {
        assertThat(ClientCookie.token(withCookies(new Cookie("other", "1"), new Cookie("CRMCLIENT", TOKEN))))
                .hasValue(TOKEN);
        assertThat(ClientCookie.token(withCookies())).isEmpty();
        assertThat(ClientCookie.token(withCookies(new Cookie("CRMCLIENT", "")))).as("cleared").isEmpty();
        assertThat(ClientCookie.token(withCookies(new Cookie("CRMCLIENT", "not a token")))).isEmpty();
    }
}
