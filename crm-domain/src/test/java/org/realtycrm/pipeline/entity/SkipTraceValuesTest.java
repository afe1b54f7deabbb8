package org.realtycrm.pipeline.entity;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkipTraceValuesTest {

    private static final PostalAddress MAILING = new PostalAddress(" PO Box 111 ", "Austin", "tx", "787021234");

    @Test
    void an_address_is_stored_trimmed_with_an_upper_case_state_and_a_hyphenated_zip_plus_four() {
        assertThat(MAILING).isEqualTo(new PostalAddress("PO Box 111", "Austin", "TX", "78702-1234"));
        assertThatThrownBy(() -> new PostalAddress("1 Main St", "Austin", "Texas", "78701"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two-letter");
        assertThatThrownBy(() -> new PostalAddress("1 Main St", "Austin", "TX", "7870"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zip");
        assertThatThrownBy(() -> new PostalAddress(" ", "Austin", "TX", "78701"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("street");
    }

    @Test
    void a_request_names_the_owner_by_last_name_or_full_name_and_falls_back_to_the_mailing_address() {
        SkipTraceRequest person = SkipTraceRequest.person(" lead-1 ", " ", "Doe", MAILING);
        SkipTraceRequest company = SkipTraceRequest.named("lead-2", "Acme Holdings LLC", MAILING);
        PostalAddress property = new PostalAddress("123 Main St", "Austin", "TX", "78701");

        assertThat(person.requestId()).isEqualTo("lead-1");
        assertThat(person.firstName()).isNull();
        assertThat(person.propertyOrMailing()).isEqualTo(MAILING);
        assertThat(company.withProperty(property).propertyOrMailing()).isEqualTo(property);
        assertThat(new SkipTraceRequest("lead-3", null, "Roe", null, MAILING, null).property()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> SkipTraceRequest.person("lead-4", "Jane", " ", MAILING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last name or full name");
        assertThatThrownBy(() -> SkipTraceRequest.person(" ", "Jane", "Doe", MAILING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestId");
    }

    @Test
    void a_traced_phone_is_north_american_e164_and_the_number_is_kept_out_of_the_error() {
        assertThat(new TracedPhone("+15125550100", LineType.MOBILE, false, false).number()).isEqualTo("+15125550100");
        for (String wrong : List.of("5125550100", "+442079460958", "+11125550100", "+1512555010")) {
            assertThatThrownBy(() -> new TracedPhone(wrong, LineType.UNKNOWN, false, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(wrong);
        }
    }

    @Test
    void two_reports_of_a_number_keep_the_known_type_and_every_flag() {
        TracedPhone primary = new TracedPhone("+15125550100", LineType.UNKNOWN, true, false);
        TracedPhone mobile = new TracedPhone("+15125550100", LineType.MOBILE, false, true);

        assertThat(primary.mergedWith(mobile)).isEqualTo(new TracedPhone("+15125550100", LineType.MOBILE, true, true));
        assertThat(mobile.mergedWith(new TracedPhone("+15125550100", LineType.LANDLINE, false, false)).lineType())
                .isEqualTo(LineType.MOBILE);
    }

    @Test
    void line_types_read_the_labels_vendors_use() {
        assertThat(List.of("Mobile", "WIRELESS", "cell", "W")).allMatch(label -> LineType.fromLabel(label) == LineType.MOBILE);
        assertThat(List.of("Landline", "Land Line", "Residential", "fixed", "L"))
                .allMatch(label -> LineType.fromLabel(label) == LineType.LANDLINE);
        assertThat(List.of("VoIP", "Non-Fixed VoIP", "fixed voip", "v")).allMatch(label -> LineType.fromLabel(label) == LineType.VOIP);
        assertThat(LineType.fromLabel("")).isEqualTo(LineType.UNKNOWN);
        assertThat(LineType.fromLabel(null)).isEqualTo(LineType.UNKNOWN);
        assertThat(LineType.fromLabel("pager")).isEqualTo(LineType.UNKNOWN);
    }

    @Test
    void a_result_is_found_exactly_when_it_holds_contacts_unless_the_source_says_otherwise() {
        TracedPhone phone = new TracedPhone("+15125550100", LineType.MOBILE, false, false);

        assertThat(SkipTraceResult.of("lead-1", List.of(phone), List.of()).found()).isTrue();
        assertThat(SkipTraceResult.of("lead-1", List.of(), List.of())).isEqualTo(SkipTraceResult.notFound("lead-1"));
        assertThatThrownBy(() -> new SkipTraceResult("lead-1", false, List.of(phone), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SkipTraceResult.of("lead-1", List.of(phone, phone), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> SkipTraceResult.of("lead-1", List.of(), List.of("Jane@Example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("normalised");
    }
}
