package org.realtycrm.lead.batch;

import org.realtycrm.lead.entity.Lead;

/** What the processor makes of a CSV row: a valid, not yet stored lead, or a row rejected with its reason. */
sealed interface ImportedRow {

    long line();

    String original();

    record Valid(long line, String original, Lead lead) implements ImportedRow {
    }

    record Invalid(long line, String original, String reason) implements ImportedRow {
    }
}
