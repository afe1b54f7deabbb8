package org.realtycrm.lead.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;
import org.realtycrm.platform.problem.InvalidInputException;

class ImportPartitionsTest {

    @TempDir
    Path dir;

    @Test
    void thePartsCoverEveryRowOnceInOrderAndNeverCutAQuotedFieldSpanningLines() throws IOException {
        // a BOM, a blank line, and records spanning two and three physical lines right at the part boundaries
        Path file = write("\uFEFFFirst Name,Email\r\nAna,one\r\nBen,\"two\r\nlines\"\r\n\r\nCy,\"three\nphysical\nlines\"\n"
                + "Dee,four\nEd,five\n");
        List<ImportPartitions.Part> parts = new ArrayList<>();

        long rows = ImportPartitions.split(file, 2, parts);

        assertThat(rows).isEqualTo(5);
        assertThat(parts).hasSize(3);
        List<List<String>> names = new ArrayList<>();
        for (ImportPartitions.Part part : parts) {
            names.add(firstValues(file, part));
        }
        assertThat(names).containsExactly(List.of("Ana", "Ben"), List.of("Cy", "Dee"), List.of("Ed"));
        assertThat(parts).extracting(part -> part.from().line()).containsExactly(2L, 6L, 10L);
        assertThat(parts.get(2).to()).isEqualTo(CsvPosition.END);
    }

    @Test
    void aFileWithOnlyItsHeaderIsOneEmptyPart() throws IOException {
        List<ImportPartitions.Part> parts = new ArrayList<>();

        assertThat(ImportPartitions.split(write("First Name,Email\n"), 10, parts)).isZero();

        assertThat(parts).containsExactly(new ImportPartitions.Part(CsvPosition.END, CsvPosition.END));
    }

    @Test
    void anEmptyFileOrAHeaderWithoutUsableColumnsIsRefusedBeforeAnythingIsStored() throws IOException {
        assertThatThrownBy(() -> ImportPartitions.split(write(""), 10, new ArrayList<>()))
                .isInstanceOf(CsvFormatException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> ImportPartitions.split(write("colour,size\nred,9\n"), 10, new ArrayList<>()))
                .isInstanceOf(InvalidInputException.class);
    }

    /** The first value of each record of the part, read the way the reader does: from its start to the next part. */
    private static List<String> firstValues(Path file, ImportPartitions.Part part) throws IOException {
        List<String> values = new ArrayList<>();
        try (CsvRows rows = CsvRows.open(file, part.from())) {
            for (CsvRow row = rows.next(); row != null && row.start().byteOffset() < part.to().byteOffset();
                    row = rows.next()) {
                values.add(row.value(0));
            }
        }
        return values;
    }

    private Path write(String text) throws IOException {
        return Files.write(dir.resolve("import.csv"), text.getBytes(StandardCharsets.UTF_8));
    }
}
