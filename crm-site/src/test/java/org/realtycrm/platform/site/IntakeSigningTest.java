package org.realtycrm.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class IntakeSigningTest {

    private static final byte[] BODY = "{\"kind\":\"CONTACT\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheTimestampAndTheBodyAsTheApiDocumentationSays() {
        // printf '%s.%s' 1700000000 '{"kind":"CONTACT"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(IntakeSigning.signature("whsec_test", "1700000000", BODY))
                .isEqualTo("ec5b9ef89238f364bc1fd126a19c96c7c12ec65805a58a2ff0e0fdcb1a825b14");
    }

    @Test
    void aSignedRequestNamesTheKeyTheTimeAndTheSignature() {
        HttpRequest request = IntakeSigning.signed(HttpRequest.newBuilder(URI.create("http://core/api/v1/x")),
                "in_key", "whsec_test", Instant.ofEpochSecond(1_700_000_000L), BODY).build();

        assertThat(request.headers().firstValue("X-Intake-Key")).hasValue("in_key");
        assertThat(request.headers().firstValue("X-Intake-Timestamp")).hasValue("1700000000");
        assertThat(request.headers().firstValue("X-Intake-Signature"))
                .hasValue("sha256=ec5b9ef89238f364bc1fd126a19c96c7c12ec65805a58a2ff0e0fdcb1a825b14");
    }
}
