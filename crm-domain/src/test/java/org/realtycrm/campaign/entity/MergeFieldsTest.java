package org.realtycrm.campaign.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merge fields: a name that does not exist is reported (by its name) when a template is checked, never sent as
 * written; a field without a value gives its fallback or nothing; a value is put in as it is, {@code $} and
 * {@code \} and braces included.
 */
class MergeFieldsTest {

    private static List<FieldError> checked(String text) {
        List<FieldError> errors = new ArrayList<>();
        MergeFields.check(text, "body", errors);
        return errors;
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void every_field_in_the_list_passes_the_check() {
        String all = "{{firstName}} {{lastName}} {{fullName}} {{agentName}} {{agentEmail}} {{brokerage}}";

        assertThat(checked(all)).isEmpty();
        assertThat(MergeFields.ALL).containsExactly("firstName", "lastName", "fullName", "agentName", "agentEmail",
                "brokerage");
    }

    @Test
    void text_without_fields_or_no_text_at_all_passes_the_check() {
        assertThat(checked("Hi there, the open house starts at 2 pm.")).isEmpty();
        assertThat(checked(null)).isEmpty();
        assertThat(checked("a single {brace} or an unclosed {{ is plain text")).isEmpty();
    }

    @Test
    void an_unknown_field_is_reported_on_the_field_given_with_its_name_and_the_known_ones() {
        List<FieldError> errors = checked("Hi {{frstName}}, call {{agentName}}");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("body");
        assertThat(errors.get(0).message())
                .startsWith("names merge fields that do not exist: {{frstName}};")
                .contains(MergeFields.ALL.toString())
                .doesNotContain("{{agentName}}");
    }

    @Test
    void several_unknown_fields_make_one_error_naming_each_once_in_order_of_name() {
        List<FieldError> errors = checked("{{zip}} {{city}} {{zip}} {{ city }} {{firstName}}");

        assertThat(errors).singleElement().extracting(FieldError::message).asString()
                .startsWith("names merge fields that do not exist: {{city}}, {{zip}};");
    }

    @Test
    void names_are_compared_with_case_so_a_misspelt_case_is_unknown() {
        assertThat(checked("Hi {{FirstName}}")).singleElement().extracting(FieldError::message).asString()
                .contains("{{FirstName}}");
    }

    @Test
    void an_unknown_field_with_a_fallback_is_reported_by_its_name_alone() {
        assertThat(checked("Hi {{nickName|friend}}")).singleElement().extracting(FieldError::message).asString()
                .contains("{{nickName}}").doesNotContain("friend");
    }

    @Test
    void an_empty_field_is_unknown() {
        assertThat(checked("Hi {{}}")).singleElement().extracting(FieldError::message).asString()
                .contains("{{}}");
    }

    @Test
    void the_errors_already_found_are_kept() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("name", "is required")));

        MergeFields.check("{{nope}}", "subject", errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("name", "subject");
    }

    @Test
    void whitespace_inside_the_braces_is_no_part_of_the_name() {
        assertThat(checked("Hi {{ firstName }} and {{\tlastName\n}}, {{ firstName | there }}")).isEmpty();
        assertThat(MergeFields.used("Hi {{ firstName }}, {{agentName | your agent}}"))
                .containsExactly("firstName", "agentName");
        assertThat(MergeFields.render("Hi {{ firstName }}!", values("firstName", "Ana"))).isEqualTo("Hi Ana!");
    }

    @Test
    void used_lists_each_field_once_in_order_of_first_use() {
        assertThat(MergeFields.used("{{brokerage}}: {{firstName}}, {{brokerage}} {{firstName|there}} {{nope}}"))
                .containsExactly("brokerage", "firstName", "nope");
        assertThat(MergeFields.used("no fields here")).isEmpty();
        assertThat(MergeFields.used(null)).isEmpty();
    }

    @Test
    void render_puts_each_value_in_place_of_its_field_every_time_it_is_named() {
        String rendered = MergeFields.render("Hi {{firstName}} {{lastName}}, {{agentName}} of {{brokerage}}. "
                + "Bye {{firstName}}.", values("firstName", "Ana", "lastName", "Lima", "agentName", "Bo Berg",
                        "brokerage", "Sunrise Realty"));

        assertThat(rendered).isEqualTo("Hi Ana Lima, Bo Berg of Sunrise Realty. Bye Ana.");
    }

    @Test
    void a_field_without_a_value_becomes_its_fallback() {
        assertThat(MergeFields.render("Hi {{firstName|there}}!", values())).isEqualTo("Hi there!");
        assertThat(MergeFields.render("Hi {{firstName|there}}!", values("firstName", "Ana"))).isEqualTo("Hi Ana!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void a_blank_value_counts_as_none(String blank) {
        assertThat(MergeFields.render("Hi {{firstName|there}}!", values("firstName", blank))).isEqualTo("Hi there!");
        assertThat(MergeFields.render("Hi {{firstName}}!", values("firstName", blank))).isEqualTo("Hi !");
    }

    @Test
    void a_field_without_a_value_or_fallback_becomes_nothing() {
        assertThat(MergeFields.render("Hi {{firstName}}!", values())).isEqualTo("Hi !");
        assertThat(MergeFields.render("Hi {{firstName|}}!", values())).isEqualTo("Hi !");
    }

    @Test
    void the_fallback_is_stripped_and_may_hold_spaces() {
        assertThat(MergeFields.render("Hi {{firstName|  dear friend  }}!", values())).isEqualTo("Hi dear friend!");
    }

    @Test
    void dollar_signs_and_backslashes_in_a_value_are_put_in_literally() {
        assertThat(MergeFields.render("Offer: {{firstName}}", values("firstName", "$1 off \\$2 \\\\ $")))
                .isEqualTo("Offer: $1 off \\$2 \\\\ $");
        assertThat(MergeFields.render("Agent: {{agentName}}.", values("agentName", "C:\\Users\\$0")))
                .isEqualTo("Agent: C:\\Users\\$0.");
    }

    @Test
    void dollar_signs_and_backslashes_in_a_fallback_are_put_in_literally() {
        assertThat(MergeFields.render("Save {{firstName|$5 \\ $1}}", values())).isEqualTo("Save $5 \\ $1");
    }

    @Test
    void a_value_that_looks_like_a_field_is_not_filled_in_again() {
        assertThat(MergeFields.render("Hi {{firstName}}", values("firstName", "{{lastName}}", "lastName", "Lima")))
                .isEqualTo("Hi {{lastName}}");
    }

    @Test
    void text_around_the_fields_is_kept_as_it_is() {
        String text = "$ 100 \\ off, {single} braces, line\nbreaks";

        assertThat(MergeFields.render(text, values("firstName", "Ana"))).isEqualTo(text);
        assertThat(MergeFields.render("{{firstName}}", values("firstName", "Ana"))).isEqualTo("Ana");
    }

    @Test
    void an_unknown_field_with_no_value_renders_as_nothing_or_its_fallback() {
        // the check refuses such a template; render itself only fills what it is given
        assertThat(MergeFields.render("[{{nope}}][{{nope|x}}]", values())).isEqualTo("[][x]");
    }
}
