package org.realtycrm.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
        "@SUM(A1:A9)", "\t=1+1", "\r=1+1"})
    void aCellASpreadsheetWouldEvaluateIsWrittenAsText(String cell) throws IOException {
        assertThat(readBack(write(cell)).get(1).get(1)).isEqualTo("'" + cell);
    }

    @Test
    void ordinaryCellsAndTheHeaderAreWrittenAsTheyAre() throws IOException {
        List<CSVRecord> rows = readBack(write("Maria, \"the\" buyer"));

        assertThat(rows.get(0).values()).containsExactly("line", "value");
        assertThat(rows.get(1).values()).containsExactly("7", "Maria, \"the\" buyer");
    }

    @Test
    void aFormulaInsideAQuotedRowIsNeutralisedToo() throws IOException {
        // the rejects report carries each rejected row as one CSV-encoded cell
        String original = CSVFormat.DEFAULT.format("=1+1", "x");

        assertThat(readBack(write(original)).get(1).get(1)).isEqualTo("'" + original);
    }

    @Test
    void emptyAndNullCellsStayEmpty() throws IOException {
        assertThat(readBack(write("")).get(1).get(1)).isEmpty();
        assertThat(readBack(write(null)).get(1).get(1)).isEmpty();
    }

    private static String write(String cell) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport csv = CsvExport.to(out, "line", "value")) {
            csv.row(7, cell);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> readBack(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }
}
