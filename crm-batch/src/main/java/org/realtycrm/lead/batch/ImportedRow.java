package org.realtycrm.lead.batch;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.csv.CsvRow;

/** What the processor makes of a CSV row: a valid, not yet stored lead, or a row rejected with its reason. */
sealed interface ImportedRow {

    long line();

    /** The row written back as CSV, for the rejects report. */
    String original();

    /**
     * A row that may become a lead. Its text is written back only if it turns out a duplicate: most rows never
     * need it, and a million-row import would make (and seal) a million of them.
     */
    record Valid(CsvRow row, Lead lead) implements ImportedRow {

        @Override
        public long line() {
            return row.line();
        }

        @Override
        public String original() {
            return row.original();
        }
    }

    record Invalid(long line, String original, String reason) implements ImportedRow {
    }
}
