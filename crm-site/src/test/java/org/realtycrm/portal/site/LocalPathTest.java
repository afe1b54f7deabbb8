package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void aPathOnThisSiteIsKept() {
        assertThat(LocalPath.of("/account")).hasValue("/account");
        assertThat(LocalPath.of("/homes/austin/48-maple-ave-42")).hasValue("/homes/austin/48-maple-ave-42");
        assertThat(LocalPath.of("/homes?city=Round+Rock&beds=3")).hasValue("/homes?city=Round+Rock&beds=3");
        assertThat(LocalPath.of("/")).hasValue("/");
    }

    @Test
    void anythingThatABrowserCouldReadAsAnotherSiteIsNot() {
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", "evil.example", "javascript:alert(1)",
                " /account", "/acc ount", "/caf\u00e9", "/" + "a".repeat(LocalPath.MAX_LENGTH)}) {
            assertThat(LocalPath.of(elsewhere)).as(String.valueOf(elsewhere)).isEmpty();
        }
    }

    @Test
    void theSignInPageCarriesWhereToGoNextEncoded() {
        assertThat(LocalPath.signInFor("/homes/austin/48-maple-ave-42"))
                .isEqualTo("/account/sign-in?next=%2Fhomes%2Faustin%2F48-maple-ave-42");
        assertThat(LocalPath.signInFor("/homes?city=Austin&beds=3"))
                .isEqualTo("/account/sign-in?next=%2Fhomes%3Fcity%3DAustin%26beds%3D3");
    }
}
