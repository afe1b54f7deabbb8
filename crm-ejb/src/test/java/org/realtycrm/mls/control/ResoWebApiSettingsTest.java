package org.realtycrm.mls.control;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResoWebApiSettingsTest {

    private static final URI ROOT = URI.create("https://api.example-mls.com/odata");

    @Test
    void never_shows_a_secret() {
        ResoWebApiSettings oauth = ResoWebApiSettings.builder(ROOT).clientCredentials(URI.create("https://auth.example-mls.com/token"),
                "crm", "client-secret-value", ResoWebApiSettings.ClientAuthentication.HTTP_BASIC).build();
        ResoWebApiSettings bearer = ResoWebApiSettings.builder(ROOT).staticToken("static-token-value").build();

        assertThat(oauth.toString()).contains("crm", "https://auth.example-mls.com/token").doesNotContain("client-secret-value");
        assertThat(bearer.toString()).doesNotContain("static-token-value");
        assertThat(new StaticBearerToken("static-token-value").toString()).doesNotContain("static-token-value");
    }

    @Test
    void defaults_to_the_property_resource_under_the_service_root() {
        ResoWebApiSettings settings = ResoWebApiSettings.builder(ROOT).staticToken("t").build();

        assertThat(settings.serviceRoot().resolve(settings.resource())).isEqualTo(URI.create("https://api.example-mls.com/odata/Property"));
        assertThat(settings.mediaResource()).isEqualTo("Media");
    }

    @Test
    void needs_exactly_one_way_to_authenticate() {
        assertThatThrownBy(() -> ResoWebApiSettings.builder(ROOT).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResoWebApiSettings.builder(ROOT).staticToken("t")
                .clientCredentials(URI.create("https://a/token"), "id", "secret", ResoWebApiSettings.ClientAuthentication.REQUEST_BODY).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResoWebApiSettings.builder(ROOT).staticToken("t").requestsPerHour(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failure_urls_hide_secret_query_values() {
        assertThat(FeedUnavailableException.withoutSecrets(URI.create("https://u:p@api.example.com/odata/Property?$top=5&access_token=abc&x=1")))
                .isEqualTo("https://api.example.com/odata/Property?$top=5&access_token=***&x=1");
    }
}
