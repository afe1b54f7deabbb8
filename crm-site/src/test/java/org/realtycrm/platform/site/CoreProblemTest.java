package org.realtycrm.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CoreProblemTest {

    @Test
    void readsTheTypeTheDetailAndTheFieldErrorsFirstMessageFirst() {
        CoreProblem problem = CoreProblem.of("{\"type\":\"https://realtycrm.org/problems/invalid-input\","
                + "\"title\":\"Invalid input\",\"status\":400,\"detail\":\"2 fields are invalid\",\"errors\":["
                + "{\"field\":\"password\",\"message\":\"must be at least 12 characters\"},"
                + "{\"field\":\"password\",\"message\":\"must not be your email\"},{\"message\":\"is not right\"}]}");

        assertThat(problem.isA("invalid-input")).isTrue();
        assertThat(problem.detail()).isEqualTo("2 fields are invalid");
        assertThat(problem.fieldErrors()).containsExactly(Map.entry("password", "must be at least 12 characters"),
                Map.entry("form", "is not right"));
    }

    @Test
    void anAnswerThatIsNoProblemDocumentReadsAsAnEmptyOne() {
        for (String body : new String[] {null, "", "<html>Bad gateway</html>", "[1]"}) {
            CoreProblem problem = CoreProblem.of(body);
            assertThat(problem.type()).as(String.valueOf(body)).isNull();
            assertThat(problem.fieldErrors()).isEmpty();
            assertThat(problem.isA("email-not-verified")).isFalse();
        }
    }
}
