package org.realtycrm.platform.csv;

import java.util.List;

import org.apache.commons.csv.CSVFormat;

/** One CSV record: the physical line it starts on (a quoted field may span lines), where it starts, its values. */
public record CsvRow(long line, CsvPosition start, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The row written back as CSV, for the rejects report (quoting as needed, one line per record). */
    public String original() {
        return CSVFormat.DEFAULT.format(values.toArray());
    }

    public String value(int column) {
        return column < values.size() ? values.get(column) : null;
    }
}
