package org.realtycrm.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.realtycrm.lead.rest.BulkStatusRequest;
import org.realtycrm.lead.rest.LeadRequest;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.problem.UnsupportedContentException;

class JsonBodyReaderTest {

    private final JsonBodyReader reader = new JsonBodyReader();

    @Test
    void aWellFormedBodyIsBound() throws IOException {
        LeadRequest lead = read(LeadRequest.class, """
                {"firstName": "Maria", "source": "Zillow", "assignedTo": 7, "phones": [{"number": "415 555 0132"}],
                 "nextFollowUpAt": "2026-11-23T16:00:00Z", "unknown": [1, 2]}""");

        assertThat(lead.firstName).isEqualTo("Maria");
        assertThat(lead.assignedTo).isEqualTo(7L);
        assertThat(lead.phones).singleElement().satisfies(p -> assertThat(p.number).isEqualTo("415 555 0132"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "{'firstName': 42, 'source': 'Zillow'}                       | firstName        | must be text",
        "{'firstName': 'Maria', 'source': true}                      | source           | must be text",
        "{'firstName': 'Maria', 'source': 'Zillow', 'notes': 1.5}    | notes            | must be text",
        "{'firstName': 'Maria', 'source': 'Zillow', 'assignedTo': 1.5} | assignedTo     | must be a whole number",
        "{'firstName': 'Maria', 'source': 'Zillow', 'assignedTo': '1'} | assignedTo     | must be a whole number",
        "{'firstName': 'Maria', 'source': 'Zillow', 'assignedTo': 1e30} | assignedTo    | is out of range",
        "{'firstName': 'Maria', 'source': 'Zillow', 'temperature': ['HOT']} | temperature | must be text",
        "{'firstName': 'Maria', 'source': 'Zillow', 'phones': [null]} | phones[0]       | must not be null",
        "{'firstName': 'Maria', 'source': 'Zillow', 'phones': [42]}  | phones[0]        | must be an object",
        "{'firstName': 'Maria', 'source': 'Zillow', 'phones': [{'number': 4155550132}]} | phones[0].number | must be text",
        "{'firstName': 'Maria', 'source': 'Zillow', 'phones': 'abc'} | phones           | must be a list",
        "{'firstName': 'Ma\\u0000ria', 'source': 'Zillow'}           | firstName        | must not contain the NUL character",
        "{'firstName': 'Maria', 'source': 'Zillow', 'nextFollowUpAt': 'tomorrow'} | nextFollowUpAt | must be a date and time with its offset, such as 2026-11-23T16:00:00Z",
        "[]                                                          | body             | must be an object"})
    void aValueOfTheWrongTypeIsRefusedNotCoerced(String body, String field, String message) {
        assertThatThrownBy(() -> read(LeadRequest.class, body.replace('\'', '"')))
                .isInstanceOfSatisfying(MalformedBodyException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError(field, message)));
    }

    @Test
    void aFractionalIdInAListIsRefusedAndAWholeOneWithAZeroFractionIsNot() throws IOException {
        assertThatThrownBy(() -> read(BulkStatusRequest.class, "{\"ids\": [1, 1.5], \"status\": \"NEW\"}"))
                .isInstanceOfSatisfying(MalformedBodyException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("ids[1]", "must be a whole number")));
        assertThat(read(BulkStatusRequest.class, "{\"ids\": [2.0], \"status\": \"NEW\"}").ids).containsExactly(2L);
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() {
        assertThatThrownBy(() -> read(LeadRequest.class, "{\"firstName\": \"Maria\"} {\"x\": 1}"))
                .isInstanceOfSatisfying(MalformedBodyException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("body");
                            assertThat(error.message()).startsWith("has more after the JSON value");
                        }));
        assertThatThrownBy(() -> read(LeadRequest.class, "{\"firstName\": \"Maria\"} garbage"))
                .isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void brokenJsonSaysWhereInPlainWords() {
        assertThatThrownBy(() -> read(LeadRequest.class, "{\"firstName\": \"Maria\",\n  \"source\" 'Zillow'}"))
                .isInstanceOfSatisfying(MalformedBodyException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.message()).startsWith("is not valid JSON (line 2");
                            assertThat(error.message()).doesNotContain("java", "Exception", "START_", "Token");
                        }));
    }

    @Test
    void onlyUtf8IsRead() {
        assertThatThrownBy(() -> reader.readFrom(Object.class, LeadRequest.class, new Annotation[0],
                new MediaType("application", "json", Map.of("charset", "UTF-16")), null,
                new ByteArrayInputStream("{\"firstName\": \"Maria\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnsupportedContentException.class).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> read(LeadRequest.class, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}))
                .isInstanceOf(UnsupportedContentException.class);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        byte[] huge = ("{\"notes\": \"" + "x".repeat(JsonBodyReader.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(LeadRequest.class, huge)).isInstanceOf(TooLargeException.class);
    }

    @Test
    void anEmptyBodyOrNullIsNoRequest() throws IOException {
        assertThat(read(LeadRequest.class, "")).isNull();
        assertThat(read(LeadRequest.class, "null")).isNull();
    }

    @Test
    void whatTheParserItselfRefusesIsAMalformedBodyNotAServerError() {
        String deep = "{\"firstName\": \"A\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        String longNumber = "{\"assignedTo\": 1" + "0".repeat(5000) + "}";
        String hugeExponent = "{\"ids\": [1e9999999999], \"status\": \"NEW\"}";

        for (String body : new String[] {deep, longNumber}) {
            assertThatThrownBy(() -> read(LeadRequest.class, body)).isInstanceOf(MalformedBodyException.class);
        }
        assertThatThrownBy(() -> read(BulkStatusRequest.class, hugeExponent))
                .isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void aDateOutsideTheYearsAPersonMeansIsRefused() {
        for (String when : new String[] {"+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1899-12-31T00:00:00Z"}) {
            assertThatThrownBy(() -> read(LeadRequest.class,
                    "{\"firstName\": \"A\", \"source\": \"B\", \"nextFollowUpAt\": \"" + when + "\"}"))
                    .isInstanceOfSatisfying(MalformedBodyException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("nextFollowUpAt", "must be a date between the years 1900 and 9999")));
        }
    }

    /** Settings by name, each of one type. */
    public static class NamedSettingsRequest {
        public java.util.Map<String, String> options;
    }

    @Test
    void eachValueOfANamedSettingIsCheckedAgainstItsType() throws IOException {
        assertThatThrownBy(() -> read(NamedSettingsRequest.class, "{\"options\": {\"a\": \"x\", \"b\": 1, \"c\": null}}"))
                .isInstanceOfSatisfying(MalformedBodyException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("options.b", "must be text")));
        assertThat(read(NamedSettingsRequest.class, "{\"options\": {\"a\": \"x\"}}").options)
                .containsEntry("a", "x");
    }

    /** A request class with a field the check cannot read (here a map) must fail in tests, not be bound unchecked. */
    public static class UncheckableRequest {
        public java.util.Map<String, Object> anything;
    }

    @Test
    void aFieldOfATypeTheCheckDoesNotKnowIsADevelopersErrorNotAnUncheckedBinding() {
        assertThatThrownBy(() -> read(UncheckableRequest.class, "{\"anything\": {\"a\": 1}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("anything");
    }

    private <T> T read(Class<T> type, String body) throws IOException {
        return read(type, body.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private <T> T read(Class<T> type, byte[] body) throws IOException {
        return (T) reader.readFrom((Class<Object>) (Class<?>) type, type, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"), null, new ByteArrayInputStream(body));
    }
}
