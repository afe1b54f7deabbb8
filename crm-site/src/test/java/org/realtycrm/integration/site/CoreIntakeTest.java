package org.realtycrm.integration.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CoreIntakeTest {

    @Test
    void readsTheFieldErrorsOfTheCoresProblem() {
        String problem = "{\"type\":\"https://realtycrm.org/problems/invalid-input\",\"status\":400,"
                + "\"errors\":[{\"field\":\"email\",\"message\":\"is not a valid email address\"},"
                + "{\"field\":\"firstName\",\"message\":\"must not be blank\"}]}";

        assertThat(CoreIntake.fieldErrors(problem)).containsExactly(
                Map.entry("email", "is not a valid email address"),
                Map.entry("firstName", "must not be blank"));
        assertThat(CoreIntake.fieldErrors("not json")).containsOnlyKeys("form");
        assertThat(CoreIntake.fieldErrors("{\"status\":400}")).containsOnlyKeys("form");
    }
}
