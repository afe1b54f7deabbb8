package org.realtycrm.mls.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class FeedSettingsTest {

    private static FeedSettings with(String secretRef, int pageSize, int perSecond, String select, String baseUrl) {
        return new FeedSettings("MLS", FeedKind.RESO_WEB_API, baseUrl, null, "client", secretRef, 300, perSecond,
                7200, pageSize, select);
    }

    @Test
    void theSecretIsNamedNeverGiven() {
        assertThat(with("crm.mls.secret.feed-1", 1000, 2, null, "https://api.example.com").secretRef())
                .isEqualTo("crm.mls.secret.feed-1");
        assertThatThrownBy(() -> with("s3cr3t value with spaces/+=", 1000, 2, null, "https://api.example.com"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("secretRef");
    }

    @Test
    void limitsStayWithinWhatProvidersAllow() {
        assertThatThrownBy(() -> with(null, 5001, 2, null, "https://api.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> with(null, 0, 2, null, "https://api.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> with(null, 1000, 0, null, "https://api.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("requestsPerSecond");
        assertThatThrownBy(() -> new FeedSettings("MLS", FeedKind.RETS, "https://rets.example.com", null, null, null,
                59, 2, 7200, 100, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("cadence");
    }

    @Test
    void theSelectListIsFieldNamesOnly() {
        assertThat(with(null, 1000, 2, " ", "https://api.example.com").selectList()).isNull();
        assertThatThrownBy(() -> with(null, 1000, 2, "ListingKey,ListPrice desc", "https://api.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("selectList");
    }

    @Test
    void addressesAreHttp() {
        assertThatThrownBy(() -> with(null, 1000, 2, null, "ftp://api.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> with(null, 1000, 2, null, "not a url"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseUrl");
    }

    @Test
    void theSecretTravelsOnlyOverHttpsOrToThisMachineAndOnlyFromAFeedSecretEntry() {
        assertThatThrownBy(() -> with(null, 1000, 2, null, "http://mls.example.com/reso"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("https");
        assertThat(with(null, 1000, 2, null, "http://127.0.0.1:9090/reso").baseUrl()).isEqualTo("http://127.0.0.1:9090/reso");
        assertThatThrownBy(() -> with(null, 1000, 2, null, "https://user:pw@mls.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> with("CRM_DB_PASSWORD", 1000, 2, null, "https://api.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("crm.mls.secret.");
    }
}
