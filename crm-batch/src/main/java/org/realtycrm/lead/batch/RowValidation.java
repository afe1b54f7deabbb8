package org.realtycrm.lead.batch;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Validates a CSV row by the same rules as the API (LeadDrafts, then the Lead entity): a name, an email or a
 * phone, a well-formed email, phones that normalise to E.164. A row that fails becomes a reject with every reason
 * at once; duplicates are found later, set-based, by the writer.
 */
@ApplicationScoped
public class RowValidation {

    @Inject
    LeadDrafts drafts;

    public ImportedRow validate(CsvRow row, ImportColumns columns) {
        try {
            return new ImportedRow.Valid(row, drafts.newLead(columns.draft(row), null));
        } catch (InvalidInputException e) {
            return new ImportedRow.Invalid(row.line(), row.original(), reason(e));
        }
    }

    /** "email: is not a valid email address; phone 1: is not a phone number: 12" */
    static String reason(InvalidInputException e) {
        return e.errors().stream()
                .map(error -> column(error.field()) + ": " + error.message())
                .collect(Collectors.joining("; "));
    }

    /** The draft's field names, in the words of the file ("phones[0].number" is the row's first phone). */
    private static String column(String field) {
        if (field.startsWith("phones[")) {
            int index = Integer.parseInt(field.substring(7, field.indexOf(']')));
            return "phone " + (index + 1);
        }
        return switch (field) {
            case "firstName" -> "first name";
            case "lastName" -> "last name";
            default -> field;
        };
    }
}
