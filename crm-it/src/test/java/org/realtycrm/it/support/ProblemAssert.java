package org.realtycrm.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an RFC 9457 problem answer: {@code assertThatProblem(response).hasStatus(400).hasType("invalid-input")
 * .hasFieldError("email")}. Every problem must be {@code application/problem+json} with {@code type}, {@code title},
 * {@code status} and {@code detail}, and must not leak a stack trace.
 */
public final class ProblemAssert extends AbstractAssert<ProblemAssert, Response> {

    public static final String TYPE_PREFIX = "https://realtycrm.org/problems/";

    private ProblemAssert(Response actual) {
        super(actual, ProblemAssert.class);
    }

    public static ProblemAssert assertThatProblem(Response response) {
        return new ProblemAssert(response);
    }

    /** The HTTP status, and a well-formed problem body that repeats it. */
    public ProblemAssert hasStatus(int status) {
        isNotNull();
        assertThat(actual.status()).as("status of %s", actual).isEqualTo(status);
        assertThat(actual.contentType()).as("content type of %s", actual).isEqualTo("application/problem+json");
        JsonObject problem = actual.json();
        assertThat(problem.getInt("status", -1)).as("status member of %s", actual).isEqualTo(status);
        assertThat(problem.getString("type", "")).as("type of %s", actual).startsWith(TYPE_PREFIX);
        assertThat(problem.getString("title", "")).as("title of %s", actual).isNotBlank();
        assertThat(problem.getString("detail", "")).as("detail of %s", actual).isNotBlank();
        assertThat(actual.body()).as("problem must not leak internals: %s", actual)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContainIgnoringCase("stacktrace");
        return this;
    }

    /** The last segment of {@code type}, e.g. {@code stale-version}. */
    public ProblemAssert hasType(String suffix) {
        assertThat(problem().getString("type", "")).as("type of %s", actual).isEqualTo(TYPE_PREFIX + suffix);
        return this;
    }

    public ProblemAssert hasTypeIn(String... suffixes) {
        assertThat(problem().getString("type", "")).as("type of %s", actual)
                .isIn(List.of(suffixes).stream().map(s -> TYPE_PREFIX + s).toList());
        return this;
    }

    /** An {@code errors[]} entry for this field, with a message. */
    public ProblemAssert hasFieldError(String field) {
        assertThat(fieldErrors()).as("field errors of %s", actual)
                .anySatisfy(error -> {
                    assertThat(error.getString("field", "")).isEqualTo(field);
                    assertThat(error.getString("message", "")).isNotBlank();
                });
        return this;
    }

    /** At least one {@code errors[]} entry, and every entry names one of these fields. */
    public ProblemAssert hasFieldErrorsAmong(String... fields) {
        assertThat(fieldErrors()).as("field errors of %s", actual).isNotEmpty()
                .extracting(error -> error.getString("field", ""))
                .allMatch(field -> List.of(fields).contains(field), "is one of " + List.of(fields));
        return this;
    }

    /** {@code errors[]} names exactly these fields, in any order. */
    public ProblemAssert hasFieldErrorsExactly(String... fields) {
        assertThat(fieldErrors()).as("field errors of %s", actual)
                .extracting(error -> error.getString("field", ""))
                .containsExactlyInAnyOrder(fields);
        return this;
    }

    public ProblemAssert hasDetailContaining(String text) {
        assertThat(problem().getString("detail", "")).as("detail of %s", actual).contains(text);
        return this;
    }

    public ProblemAssert hasMember(String name) {
        assertThat(problem().containsKey(name) && problem().get(name) != JsonValue.NULL)
                .as("member %s in %s", name, actual).isTrue();
        return this;
    }

    public ProblemAssert doesNotHaveMember(String name) {
        assertThat(problem().containsKey(name) && problem().get(name) != JsonValue.NULL)
                .as("member %s in %s", name, actual).isFalse();
        return this;
    }

    public JsonObject problem() {
        return actual.json();
    }

    private List<JsonObject> fieldErrors() {
        JsonObject problem = problem();
        assertThat(problem.containsKey("errors")).as("errors[] in %s", actual).isTrue();
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class);
    }
}
