package org.realtycrm.lead.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.lead.entity.PhoneNumbers;

import jakarta.batch.runtime.context.JobContext;

class RowValidationTest {

    private static final ImportColumns COLUMNS = ImportColumns.fromHeader(List.of("first name", "last name", "email",
            "phone"));

    private final RowValidation validation = new RowValidation();

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        LeadDrafts drafts = new LeadDrafts();
        Field phones = LeadDrafts.class.getDeclaredField("phoneNumbers");
        phones.setAccessible(true);
        phones.set(drafts, new PhoneNumbers("US"));
        validation.drafts = drafts;
    }

    @Test
    void aGoodRowBecomesALeadWithItsPhoneInE164() {
        ImportedRow result = process(7, "Ana", "Lopez", "ANA@example.com", "(415) 555-0132");

        assertThat(result).isInstanceOfSatisfying(ImportedRow.Valid.class, valid -> {
            assertThat(valid.line()).isEqualTo(7);
            assertThat(valid.lead().getEmail()).isEqualTo("ana@example.com");
            assertThat(valid.lead().getPhones().get(0).number()).isEqualTo("+14155550132");
            assertThat(valid.lead().getSearchText()).contains("ana lopez").doesNotContain("4155550132");
        });
    }

    @Test
    void aRowWithoutNameOrContactIsRejectedWithItsReason() {
        assertThat(process(3, "", "Lopez", "ana@example.com", "")).isInstanceOfSatisfying(ImportedRow.Invalid.class,
                invalid -> assertThat(invalid.reason()).isEqualTo("first name: must not be blank"));
        assertThat(process(4, "Ana", "", "", "")).isInstanceOfSatisfying(ImportedRow.Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("needs an email or at least one phone"));
    }

    @Test
    void aBadEmailAndABadPhoneAreReportedTogetherInTheFilesWords() {
        ImportedRow result = process(9, "Ana", "", "ana@", "12");

        assertThat(result).isInstanceOfSatisfying(ImportedRow.Invalid.class, invalid -> {
            assertThat(invalid.line()).isEqualTo(9);
            assertThat(invalid.reason()).startsWith("phone 1: ").contains("; email: ");
            assertThat(invalid.original()).isEqualTo("Ana,,ana@,12");
        });
    }

    private ImportedRow process(long line, String... values) {
        return validation.validate(new CsvRow(line, CsvPosition.START, List.of(values)), COLUMNS);
    }
}
