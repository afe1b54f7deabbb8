package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    private static final Optional<String> PUBLIC = Optional.of("https://www.lakeside.example");

    @Test
    void aPostFromThisSitesPagesIsAllowed() {
        assertThat(SameOrigin.allows("https://www.lakeside.example", "node-3:8060", PUBLIC)).isTrue();
        assertThat(SameOrigin.allows("https://WWW.Lakeside.example:443", "node-3:8060", PUBLIC)).isTrue();
        assertThat(SameOrigin.allows("http://localhost:8060", "localhost:8060", Optional.empty())).isTrue();
        assertThat(SameOrigin.allows("https://homes.example", "homes.example", Optional.empty()))
                .as("TLS ended by the load balancer").isTrue();
        assertThat(SameOrigin.allows(null, "localhost:8060", PUBLIC)).as("no Origin: the csrf decides").isTrue();
    }

    @Test
    void aPostFromAnotherSiteIsNot() {
        assertThat(SameOrigin.allows("https://evil.example", "www.lakeside.example", PUBLIC)).isFalse();
        assertThat(SameOrigin.allows("https://www.lakeside.example.evil.example", "x", PUBLIC)).isFalse();
        assertThat(SameOrigin.allows("http://localhost:8061", "localhost:8060", Optional.empty())).isFalse();
        assertThat(SameOrigin.allows("null", "localhost:8060", PUBLIC)).isFalse();
        assertThat(SameOrigin.allows("file://", "localhost:8060", PUBLIC)).isFalse();
        assertThat(SameOrigin.allows("https://evil.example", null, Optional.empty())).isFalse();
    }
}
