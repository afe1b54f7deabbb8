package org.realtycrm.platform.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file cut into parts of at most a given number of records, for a batch step that stores the parts side by
 * side. Every part starts at a record's start, so a quoted field spanning lines is never cut; one pass over the file
 * finds the cuts and counts the records.
 *
 * @param parts   in file order; the last one runs to {@link CsvPosition#END}. A file without records is one empty
 *                part.
 * @param records how many records the parts hold together
 */
public record CsvParts(List<Part> parts, long records) {

    /** Where a part starts, and where the next one does ({@link CsvPosition#END} after the last). */
    public record Part(CsvPosition from, CsvPosition to) {
    }

    public CsvParts {
        parts = List.copyOf(parts);
    }

    /**
     * Reads a file with a header to its end.
     *
     * @param header checks the header's values before the records are read (throws when they do not fit)
     * @throws CsvFormatException when the file is empty
     */
    public static CsvParts belowHeader(Path file, int recordsPerPart, Consumer<List<String>> header)
            throws IOException {
        try (CsvRows rows = CsvRows.open(file, CsvPosition.START)) {
            CsvRow first = rows.next();
            if (first == null) {
                throw new CsvFormatException("the file is empty");
            }
            header.accept(first.values());
            return cut(rows, recordsPerPart);
        }
    }

    /**
     * Reads {@code rows} to the end.
     *
     * @param rows           positioned at the first record to take (after the header)
     * @param recordsPerPart at least 1
     */
    public static CsvParts cut(CsvRows rows, int recordsPerPart) throws IOException {
        if (recordsPerPart < 1) {
            throw new IllegalArgumentException("a part holds at least one record, not " + recordsPerPart);
        }
        List<Part> parts = new ArrayList<>();
        long count = 0;
        CsvPosition partStart = null;
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
            if (count % recordsPerPart == 0) {
                if (partStart != null) {
                    parts.add(new Part(partStart, row.start()));
                }
                partStart = row.start();
            }
            count++;
        }
        parts.add(partStart == null ? new Part(CsvPosition.END, CsvPosition.END) : new Part(partStart, CsvPosition.END));
        return new CsvParts(parts, count);
    }
}
