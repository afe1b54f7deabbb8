package org.realtycrm.platform.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the product writes for people to open (reports, exports, downloads) is written through this class,
 * so that none can run a formula in the spreadsheet that opens it (CSV injection). A cell that a spreadsheet would
 * read as a formula, one starting with {@code = + - @}, a tab or a carriage return, is written with a leading
 * apostrophe, as OWASP advises: spreadsheets then show it as the text it is. Quoting is Commons CSV's (RFC 4180).
 */
public final class CsvExport implements Closeable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** UTF-8 CSV on the stream, starting with the header row. Closing the export flushes and closes the stream. */
    public static CsvExport to(OutputStream output, String... header) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        return new CsvExport(new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get()));
    }

    /** One row; {@code null} is an empty cell, anything else is written as its text, neutralised. */
    public void row(Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? null : neutralise(values[i].toString());
        }
        printer.printRecord(cells);
    }

    /** The cell as a spreadsheet will show it but never evaluate it. */
    static String neutralise(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
