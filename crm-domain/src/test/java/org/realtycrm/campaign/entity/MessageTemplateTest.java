package org.realtycrm.campaign.entity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * A template guards its own words: an email needs a subject and may have a second one (an A/B test), a text has
 * neither; every wrong field is reported at once, by name; a merge field that does not exist is refused wherever it
 * stands; and a refused change leaves the template as it was.
 */
class MessageTemplateTest {

    private static final long OWNER = 7L;
    private static final String BODY = "Hi {{firstName|there}}, {{agentName}} here from {{brokerage}}.";

    /** The fields refused, by name, when {@code making} fails. */
    private static Map<String, String> refused(Executable making) {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThatThrownBy(making::execute).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> e.errors().forEach(error -> errors.put(error.field(), error.message())));
        return errors;
    }

    private static MessageTemplate email() {
        return new MessageTemplate(Channel.EMAIL, OWNER, "Spring open house", "Open house, {{firstName}}",
                null, BODY);
    }

    private static MessageTemplate abEmail() {
        return new MessageTemplate(Channel.EMAIL, OWNER, "Spring open house", "Open house, {{firstName}}",
                "{{firstName|Hi}}, see you Sunday?", BODY);
    }

    private static MessageTemplate sms() {
        return new MessageTemplate(Channel.SMS, OWNER, "Reminder", null, null, "Hi {{firstName}}, see you at 2 pm");
    }

    @Test
    void an_email_template_keeps_its_words_stripped() {
        MessageTemplate template = new MessageTemplate(Channel.EMAIL, OWNER, "  Spring open house ",
                " Open house ", "  Come by? ", "\n Body {{firstName}} \n");

        assertThat(template.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(template.getOwnerId()).isEqualTo(OWNER);
        assertThat(template.getName()).isEqualTo("Spring open house");
        assertThat(template.getSubject()).isEqualTo("Open house");
        assertThat(template.getSubjectB()).isEqualTo("Come by?");
        assertThat(template.getBody()).isEqualTo("Body {{firstName}}");
        assertThat(template.getId()).isNull();
    }

    @Test
    void an_email_needs_a_subject() {
        assertThat(refused(() -> new MessageTemplate(Channel.EMAIL, OWNER, "n", null, null, BODY)))
                .containsExactly(Map.entry("subject", "is required"));
        assertThat(refused(() -> new MessageTemplate(Channel.EMAIL, OWNER, "n", "  ", "B subject", BODY)))
                .containsExactly(Map.entry("subject", "is required"));
    }

    @Test
    void a_blank_second_subject_is_none_and_no_ab_test() {
        MessageTemplate template = new MessageTemplate(Channel.EMAIL, OWNER, "n", "Subject", "   ", BODY);

        assertThat(template.getSubjectB()).isNull();
        assertThat(template.isAbTest()).isFalse();
    }

    @Test
    void an_email_with_a_second_subject_is_an_ab_test() {
        assertThat(abEmail().isAbTest()).isTrue();
        assertThat(email().isAbTest()).isFalse();
    }

    @Test
    void a_text_template_has_no_subject() {
        MessageTemplate template = sms();

        assertThat(template.getChannel()).isEqualTo(Channel.SMS);
        assertThat(template.getSubject()).isNull();
        assertThat(template.getSubjectB()).isNull();
        assertThat(template.isAbTest()).isFalse();
        assertThat(template.subjectFor('A', Map.of("firstName", "Ana"))).isNull();
        assertThat(template.subjectFor('B', Map.of("firstName", "Ana"))).isNull();
    }

    @Test
    void a_text_template_refuses_a_subject_and_a_second_subject_each_by_name() {
        assertThat(refused(() -> new MessageTemplate(Channel.SMS, OWNER, "n", "Subject", "B", "Hi")))
                .containsExactly(Map.entry("subject", "a text has no subject"),
                        Map.entry("subjectB", "a text has no subject"));
        assertThat(refused(() -> new MessageTemplate(Channel.SMS, OWNER, "n", null, "B", "Hi")))
                .containsOnlyKeys("subjectB");
    }

    @Test
    void a_text_template_takes_blank_subjects_as_none() {
        MessageTemplate template = new MessageTemplate(Channel.SMS, OWNER, "n", " ", "", "Hi");

        assertThat(template.getSubject()).isNull();
        assertThat(template.getSubjectB()).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "CALL")
    void only_email_and_text_templates_exist(Channel channel) {
        assertThat(refused(() -> new MessageTemplate(channel, OWNER, "n", null, null, "Hi")))
                .containsExactly(Map.entry("channel", "must be EMAIL or SMS"));
    }

    @Test
    void every_wrong_field_of_an_email_is_reported_at_once() {
        Map<String, String> errors = refused(() -> new MessageTemplate(Channel.EMAIL, OWNER, " ", null,
                "x".repeat(MessageTemplate.MAX_SUBJECT + 1), ""));

        assertThat(errors).containsOnlyKeys("name", "subject", "subjectB", "body");
        assertThat(errors.get("name")).isEqualTo("is required");
        assertThat(errors.get("subject")).isEqualTo("is required");
        assertThat(errors.get("subjectB")).isEqualTo("must be at most 200 characters");
        assertThat(errors.get("body")).isEqualTo("is required");
    }

    @Test
    void every_wrong_field_of_a_text_is_reported_at_once() {
        Map<String, String> errors = refused(() -> new MessageTemplate(Channel.SMS, OWNER,
                "x".repeat(MessageTemplate.MAX_NAME + 1), "Subject", null, "Hi {{nickName}}"));

        assertThat(errors).containsOnlyKeys("name", "subject", "body");
        assertThat(errors.get("name")).isEqualTo("must be at most 120 characters");
        assertThat(errors.get("body")).contains("{{nickName}}");
    }

    @Test
    void the_longest_name_subjects_and_bodies_are_taken() {
        MessageTemplate template = new MessageTemplate(Channel.EMAIL, OWNER, "n".repeat(MessageTemplate.MAX_NAME),
                "s".repeat(MessageTemplate.MAX_SUBJECT), "b".repeat(MessageTemplate.MAX_SUBJECT),
                "x".repeat(MessageTemplate.MAX_EMAIL_BODY));
        MessageTemplate text = new MessageTemplate(Channel.SMS, OWNER, "n", null, null,
                "x".repeat(MessageTemplate.MAX_TEXT_BODY));

        assertThat(template.getName()).hasSize(120);
        assertThat(template.getSubject()).hasSize(200);
        assertThat(template.getSubjectB()).hasSize(200);
        assertThat(template.getBody()).hasSize(20_000);
        assertThat(text.getBody()).hasSize(1560); // room left for the opt-out line a campaign may add
    }

    @Test
    void one_character_more_than_a_limit_is_refused() {
        assertThat(refused(() -> new MessageTemplate(Channel.EMAIL, OWNER, "n",
                "s".repeat(MessageTemplate.MAX_SUBJECT + 1), null, "x".repeat(MessageTemplate.MAX_EMAIL_BODY + 1))))
                .containsExactly(Map.entry("subject", "must be at most 200 characters"),
                        Map.entry("body", "must be at most 20000 characters"));
        assertThat(refused(() -> new MessageTemplate(Channel.SMS, OWNER, "n", null, null,
                "x".repeat(MessageTemplate.MAX_TEXT_BODY + 1))))
                .containsExactly(Map.entry("body", "must be at most 1560 characters"));
    }

    @Test
    void a_text_body_the_length_of_an_email_body_is_refused() {
        // the limit is the channel's: an email's 20,000 characters would be 125 segments of a text
        assertThat(refused(() -> new MessageTemplate(Channel.SMS, OWNER, "n", null, null, "x".repeat(5_000))))
                .containsOnlyKeys("body");
    }

    @Test
    void a_limit_is_measured_after_stripping() {
        MessageTemplate template = new MessageTemplate(Channel.EMAIL, OWNER,
                "  " + "n".repeat(MessageTemplate.MAX_NAME) + "  ", "Subject", null, BODY);

        assertThat(template.getName()).hasSize(MessageTemplate.MAX_NAME);
    }

    @Test
    void an_unknown_merge_field_is_refused_in_the_subject_the_second_subject_and_the_body() {
        Map<String, String> errors = refused(() -> new MessageTemplate(Channel.EMAIL, OWNER, "n",
                "Hi {{frstName}}", "Hey {{ nickName }}", "Dear {{lastNam}} and {{firstName}}"));

        assertThat(errors).containsOnlyKeys("subject", "subjectB", "body");
        assertThat(errors.get("subject")).contains("{{frstName}}");
        assertThat(errors.get("subjectB")).contains("{{nickName}}");
        assertThat(errors.get("body")).contains("{{lastNam}}").doesNotContain("{{firstName}}");
    }

    @Test
    void an_unknown_merge_field_in_a_text_body_is_refused() {
        assertThat(refused(() -> new MessageTemplate(Channel.SMS, OWNER, "n", null, null, "Hi {{first_name}}")))
                .containsOnlyKeys("body");
    }

    @Test
    void the_name_is_not_a_merge_template() {
        assertThat(new MessageTemplate(Channel.SMS, OWNER, "Uses {{whatever}}", null, null, "Hi").getName())
                .isEqualTo("Uses {{whatever}}");
    }

    @Test
    void subject_for_a_gives_the_first_subject_and_for_b_the_second_filled_in() {
        MessageTemplate template = abEmail();
        Map<String, String> ana = Map.of("firstName", "Ana");

        assertThat(template.subjectFor('A', ana)).isEqualTo("Open house, Ana");
        assertThat(template.subjectFor('B', ana)).isEqualTo("Ana, see you Sunday?");
        assertThat(template.subjectFor('B', Map.of())).isEqualTo("Hi, see you Sunday?");
    }

    @Test
    void without_a_second_subject_variant_b_gets_the_first() {
        assertThat(email().subjectFor('B', Map.of("firstName", "Ana"))).isEqualTo("Open house, Ana");
    }

    @Test
    void the_body_is_filled_in_for_a_lead() {
        assertThat(email().bodyFor(Map.of("agentName", "Bo", "brokerage", "Sunrise")))
                .isEqualTo("Hi there, Bo here from Sunrise.");
    }

    @Test
    void a_change_replaces_the_words_but_not_the_channel_or_owner() {
        MessageTemplate template = abEmail();

        template.change("Renamed", "New subject", null, "New body {{fullName}}");

        assertThat(template.getName()).isEqualTo("Renamed");
        assertThat(template.getSubject()).isEqualTo("New subject");
        assertThat(template.getSubjectB()).isNull();
        assertThat(template.isAbTest()).isFalse();
        assertThat(template.getBody()).isEqualTo("New body {{fullName}}");
        assertThat(template.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(template.getOwnerId()).isEqualTo(OWNER);
    }

    @Test
    void a_refused_change_leaves_the_template_as_it_was() {
        MessageTemplate template = abEmail();

        assertThat(refused(() -> template.change("Renamed", "Fine {{firstName}}", "B", "Body {{bogus}}")))
                .containsOnlyKeys("body");

        assertThat(template.getName()).isEqualTo("Spring open house");
        assertThat(template.getSubject()).isEqualTo("Open house, {{firstName}}");
        assertThat(template.getSubjectB()).isEqualTo("{{firstName|Hi}}, see you Sunday?");
        assertThat(template.getBody()).isEqualTo(BODY);
    }

    @Test
    void a_text_template_cannot_be_given_a_subject_by_a_change() {
        MessageTemplate template = sms();

        assertThat(refused(() -> template.change("Reminder", "Subject", null, "Hi"))).containsOnlyKeys("subject");
        assertThat(template.getSubject()).isNull();
    }
}
