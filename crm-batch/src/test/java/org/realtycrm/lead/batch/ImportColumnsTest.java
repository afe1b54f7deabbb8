package org.realtycrm.lead.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadDraft.PhoneInput;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.platform.problem.InvalidInputException;

class ImportColumnsTest {

    @Test
    void recognisesHeadersWhateverTheirCaseSpacesOrPunctuation() {
        ImportColumns columns = ImportColumns.fromHeader(List.of("FIRST NAME", "last_name", "E-Mail", "Mobile Phone",
                "Lead Source", "Temp", "Stage", "Comments", "Follow-up date", "Favourite colour"));

        LeadDraft draft = columns.draft(row("Ana", "Lopez", "Ana@Example.com", "(415) 555-0132", "Zillow", "hot",
                "under contract", "Call after 5", "2025-03-31", "blue"));

        assertThat(draft.firstName()).isEqualTo("Ana");
        assertThat(draft.lastName()).isEqualTo("Lopez");
        assertThat(draft.email()).isEqualTo("Ana@Example.com");
        assertThat(draft.phones()).containsExactly(new PhoneInput("(415) 555-0132", PhoneType.MOBILE));
        assertThat(draft.source()).isEqualTo("Zillow");
        assertThat(draft.temperature()).isEqualTo(Temperature.HOT);
        assertThat(draft.status()).isEqualTo(LeadStatus.UNDER_CONTRACT);
        assertThat(draft.notes()).isEqualTo("Call after 5");
        assertThat(draft.nextFollowUpAt()).isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
    }

    @Test
    void splitsAFullNameAndKeepsSeveralPhonesWithTheirKinds() {
        ImportColumns columns = ImportColumns.fromHeader(List.of("Name", "Phones", "Home Phone", "Work"));

        LeadDraft draft = columns.draft(row("Mary Ann Smith", "415 555 0101; 415 555 0102", "", "212-555-0103"));

        assertThat(draft.firstName()).isEqualTo("Mary");
        assertThat(draft.lastName()).isEqualTo("Ann Smith");
        assertThat(draft.phones()).containsExactly(new PhoneInput("415 555 0101", PhoneType.MOBILE),
                new PhoneInput("415 555 0102", PhoneType.MOBILE), new PhoneInput("212-555-0103", PhoneType.WORK));
    }

    @Test
    void keepsTheAddressInTheNotesAndDefaultsTheSource() {
        ImportColumns columns = ImportColumns.fromHeader(List.of("first", "email", "notes", "street", "city", "state", "zip"));

        LeadDraft draft = columns.draft(row("Ana", "a@example.com", "Wants a yard", "1 Main St", "Austin", "TX", "78701"));

        assertThat(draft.notes()).isEqualTo("Wants a yard\nAddress: 1 Main St, Austin, TX, 78701");
        assertThat(draft.source()).isEqualTo(ImportColumns.DEFAULT_SOURCE);
    }

    @Test
    void refusesAHeaderWithoutANameOrAWayToReachTheLead() {
        assertThatThrownBy(() -> ImportColumns.fromHeader(List.of("email", "source")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name column");
        assertThatThrownBy(() -> ImportColumns.fromHeader(List.of("first name", "notes")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("email or a phone column");
    }

    @Test
    void refusesTwoColumnsForOneField() {
        assertThatThrownBy(() -> ImportColumns.fromHeader(List.of("name", "email", "E-mail Address")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'email' and 'E-mail Address'");
    }

    @Test
    void reportsUnreadableValuesTogether() {
        ImportColumns columns = ImportColumns.fromHeader(List.of("first", "email", "temperature", "status", "follow up"));

        assertThatThrownBy(() -> columns.draft(row("Ana", "a@example.com", "boiling", "married", "next week")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("temperature", "status", "nextFollowUp"));
    }

    private static CsvRow row(String... values) {
        return new CsvRow(2, CsvPosition.START, List.of(values));
    }
}
