package org.realtycrm.integration.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class InquiryFormTest {

    private static InquiryForm form(Map<String, String> fields) {
        return InquiryForm.from(fields::get);
    }

    @Test
    void becomesTheInquiryTheCoreTakesWithTheExtraQuestionsInTheMessage() {
        Map<String, String> fields = new HashMap<>(Map.of("kind", "showing", "firstName", " Vera ",
                "email", "vera@example.com", "message", "Is the roof new?", "preferredTime", "Sunday",
                "propertyId", "42", "pageUrl", "https://homes.example/homes/x/y-42", "website", ""));

        JsonObject inquiry = form(fields).inquiry();

        assertThat(inquiry.getString("kind")).isEqualTo("SHOWING");
        assertThat(inquiry.getString("firstName")).isEqualTo("Vera");
        assertThat(inquiry.getString("message")).isEqualTo("Preferred time: Sunday\nIs the roof new?");
        assertThat(inquiry.getJsonNumber("propertyId").longValue()).isEqualTo(42);
        assertThat(inquiry.containsKey("phone")).isFalse();
        assertThat(form(fields).honeypotFilled()).isFalse();
    }

    @Test
    void theAgentWrittenToIsNamedInTheMessage() {
        JsonObject inquiry = form(Map.of("firstName", "Sam", "email", "sam@example.com", "askedFor", "Ana Alvarez",
                "message", "Hello")).inquiry();

        assertThat(inquiry.getString("message")).isEqualTo("For: Ana Alvarez\nHello");
    }

    @Test
    void aHomeToValueIsNamedInTheMessage() {
        JsonObject inquiry = form(Map.of("kind", "HOME_VALUE", "firstName", "Sam", "phone", "512 555 0100",
                "homeAddress", "9 Elm St, Austin")).inquiry();

        assertThat(inquiry.getString("message")).isEqualTo("Home: 9 Elm St, Austin");
    }

    @Test
    void anUnknownKindIsAQuestionAndAWrongListingIdIsLeftOut() {
        InquiryForm form = form(Map.of("kind", "DELETE_ALL", "propertyId", "12; drop table", "website", "x"));

        assertThat(form.kind()).isEqualTo("CONTACT");
        assertThat(form.inquiry().containsKey("propertyId")).isFalse();
        assertThat(form.honeypotFilled()).isTrue();
    }
}
