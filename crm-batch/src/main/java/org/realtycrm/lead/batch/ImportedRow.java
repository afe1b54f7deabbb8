package org.realtycrm.lead.batch;

import org.realtycrm.lead.entity.Lead;

/** What the processor makes of a CSV row: a valid, not yet stored lead, or a row rejected with its reason. */
sealed interface ImportedRow {

    long line();

    String original();

    /** The byte offset in the file where the row starts: how far the import has come once it is stored. */
    long offset();

    record Valid(long line, long offset, String original, Lead lead) implements ImportedRow {
    }

    record Invalid(long line, long offset, String original, String reason) implements ImportedRow {
    }
}
