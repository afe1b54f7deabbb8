package org.realtycrm.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPartsTest {

    @TempDir
    Path dir;

    @Test
    void thePartsCoverEveryRecordOnceInOrderAndNeverCutAQuotedFieldSpanningLines() throws IOException {
        // a BOM, a blank line, and records spanning two and three physical lines right at the part boundaries
        Path file = write("\uFEFFFirst Name,Email\r\nAna,one\r\nBen,\"two\r\nlines\"\r\n\r\nCy,\"three\nphysical\nlines\"\n"
                + "Dee,four\nEd,five\n");
        List<List<String>> headers = new ArrayList<>();

        CsvParts cut = CsvParts.belowHeader(file, 2, headers::add);

        assertThat(headers).containsExactly(List.of("First Name", "Email"));
        assertThat(cut.records()).isEqualTo(5);
        assertThat(cut.parts()).hasSize(3);
        List<List<String>> names = new ArrayList<>();
        for (CsvParts.Part part : cut.parts()) {
            names.add(firstValues(file, part));
        }
        assertThat(names).containsExactly(List.of("Ana", "Ben"), List.of("Cy", "Dee"), List.of("Ed"));
        assertThat(cut.parts()).extracting(part -> part.from().line()).containsExactly(2L, 6L, 10L);
        assertThat(cut.parts().get(2).to()).isEqualTo(CsvPosition.END);
    }

    @Test
    void aPartIsNeverShortOfItsRecordsButTheLast() throws IOException {
        Path file = write("Name\na\nb\nc\nd\n");

        CsvParts cut = CsvParts.belowHeader(file, 2, header -> { });

        assertThat(cut.parts()).hasSize(2);
        assertThat(firstValues(file, cut.parts().get(0))).containsExactly("a", "b");
        assertThat(firstValues(file, cut.parts().get(1))).containsExactly("c", "d");
    }

    @Test
    void aFileWithOnlyItsHeaderIsOneEmptyPart() throws IOException {
        CsvParts cut = CsvParts.belowHeader(write("First Name,Email\n"), 10, header -> { });

        assertThat(cut.records()).isZero();
        assertThat(cut.parts()).containsExactly(new CsvParts.Part(CsvPosition.END, CsvPosition.END));
    }

    @Test
    void anEmptyFileOrAHeaderTheCheckRefusesIsRefusedBeforeAnyRecordIsRead() throws IOException {
        assertThatThrownBy(() -> CsvParts.belowHeader(write(""), 10, header -> { }))
                .isInstanceOf(CsvFormatException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> CsvParts.belowHeader(write("colour\nred\n"), 10, header -> {
            throw new IllegalArgumentException("no usable column");
        })).hasMessage("no usable column");
        assertThatThrownBy(() -> CsvParts.cut(CsvRows.of(new StringReader("a\n")), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The first value of each record of the part, read the way a part's reader does: up to the next part. */
    private static List<String> firstValues(Path file, CsvParts.Part part) throws IOException {
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
        return Files.write(dir.resolve("parts.csv"), text.getBytes(StandardCharsets.UTF_8));
    }
}
