package org.realtycrm.integration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.realtycrm.integration.entity.Inquiry;
import org.realtycrm.integration.entity.InquiryKind;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class InquiryReaderTest {

    @Test
    void readsAnInquiryWhateverTheCaseOfItsKindAndIgnoresFieldsItDoesNotKnow() {
        Inquiry inquiry = read("{\"kind\": \"home_value\", \"firstName\": \"Ana\", \"email\": \"ana@example.com\", "
                + "\"message\": \"  What is it worth?  \", \"propertyId\": 12, \"utm\": \"spring\", "
                + "\"pageUrl\": \"https://example.com/homes/12\"}");

        assertThat(inquiry.kind()).isEqualTo(InquiryKind.HOME_VALUE);
        assertThat(inquiry.firstName()).isEqualTo("Ana");
        assertThat(inquiry.message()).isEqualTo("What is it worth?");
        assertThat(inquiry.propertyId()).isEqualTo(12L);
        assertThat(read("{\"kind\": \"CONTACT\", \"pageUrl\": \"\", \"message\": \" \"}"))
                .as("empty is absent").extracting(Inquiry::pageUrl, Inquiry::message).containsOnlyNulls();
    }

    @Test
    void reportsEveryFieldThatIsWrongAtOnceByItsJsonName() {
        assertThat(errors("{\"kind\": \"BUY\", \"firstName\": 7, \"propertyId\": \"twelve\"}"))
                .extracting(FieldError::field).containsExactly("kind", "firstName", "propertyId");
        assertThat(errors("{\"kind\": 7}")).extracting(FieldError::field).containsExactly("kind");
        assertThat(errors("{\"firstName\": \"Ana\", \"propertyId\": -3}"))
                .extracting(FieldError::field).containsExactly("propertyId", "kind");
        assertThat(errors("{\"kind\": \"CONTACT\", \"message\": \"" + "x".repeat(4001) + "\", "
                + "\"pageUrl\": \"javascript:alert(1)\"}")).extracting(FieldError::field)
                .containsExactly("message", "pageUrl");
    }

    @Test
    void refusesWhatPostgresqlCannotHoldOrALongCannotCount() {
        // 2^64 + 1 would read as 1 if its high bits were dropped
        assertThat(errors("{\"kind\": \"CONTACT\", \"propertyId\": 18446744073709551617}"))
                .extracting(FieldError::field).containsExactly("propertyId");
        assertThat(errors("{\"kind\": \"CONTACT\", \"firstName\": \"A\\u0000na\", \"pageUrl\": \"https://x.y/\\u0000\"}"))
                .extracting(FieldError::field).containsExactly("firstName", "pageUrl");
        assertThat(errors("[1, 2]")).singleElement().satisfies(e -> assertThat(e.message()).contains("JSON object"));
    }

    private static Inquiry read(String json) {
        return InquiryReader.read(parse(json));
    }

    private static List<FieldError> errors(String json) {
        InvalidInputException refused = catchThrowableOfType(() -> read(json), InvalidInputException.class);
        assertThat(refused).as("refused: " + json).isNotNull();
        return refused.errors();
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
