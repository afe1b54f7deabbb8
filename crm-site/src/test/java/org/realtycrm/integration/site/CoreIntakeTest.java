package org.realtycrm.integration.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CoreIntakeTest {

    @Test
    void signsTheTimestampAndTheBodyAsTheApiDocumentationSays() {
        // printf '%s.%s' 1700000000 '{"kind":"CONTACT"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(CoreIntake.sign("whsec_test", "1700000000", "{\"kind\":\"CONTACT\"}"
                .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ec5b9ef89238f364bc1fd126a19c96c7c12ec65805a58a2ff0e0fdcb1a825b14");
    }

    @Test
    void readsTheFieldErrorsOfTheCoresProblem() {
        String problem = "{\"type\":\"https://realtycrm.org/problems/invalid-input\",\"status\":400,"
                + "\"errors\":[{\"field\":\"email\",\"message\":\"is not a valid email address\"},"
                + "{\"field\":\"firstName\",\"message\":\"must not be blank\"}]}";

        assertThat(CoreIntake.fieldErrors(problem)).containsExactly(
                java.util.Map.entry("email", "is not a valid email address"),
                java.util.Map.entry("firstName", "must not be blank"));
        assertThat(CoreIntake.fieldErrors("not json")).containsOnlyKeys("form");
        assertThat(CoreIntake.fieldErrors("{\"status\":400}")).containsOnlyKeys("form");
    }
}
