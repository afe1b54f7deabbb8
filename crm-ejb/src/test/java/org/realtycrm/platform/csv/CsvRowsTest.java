package org.realtycrm.platform.csv;

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

class CsvRowsTest {

    @TempDir
    Path dir;

    @Test
    void skipsTheByteOrderMarkSoTheFirstHeaderIsClean() throws IOException {
        Path file = write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "First Name,Email\nAna,ana@example.com\n");

        List<CsvRow> rows = readAll(file, CsvPosition.START);

        assertThat(rows.get(0).values()).containsExactly("First Name", "Email");
        assertThat(rows.get(1).values()).containsExactly("Ana", "ana@example.com");
    }

    @Test
    void numbersEachRecordByThePhysicalLineItStartsOn() throws IOException {
        Path file = write(new byte[0], "name,notes\r\nAna,\"two\r\nlines\"\r\n\r\nBen,\"say \"\"hi\"\"\"\r\nCy,x");

        List<CsvRow> rows = readAll(file, CsvPosition.START);

        assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 5L, 6L);
        assertThat(rows.get(1).values()).containsExactly("Ana", "two\r\nlines");
        assertThat(rows.get(2).values()).containsExactly("Ben", "say \"hi\"");
    }

    @Test
    void resumesAtARecordsPositionWithTheSameLinesAndValues() throws IOException {
        Path file = write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "name,notes\nZoë,\"multi\nline ünïcode\"\nBen,b\n\nCy,c\n");
        List<CsvRow> all = readAll(file, CsvPosition.START);

        for (int i = 1; i < all.size(); i++) {
            List<CsvRow> resumed = readAll(file, all.get(i).start());
            assertThat(resumed).isEqualTo(all.subList(i, all.size()));
        }
    }

    @Test
    void knowsEachRecordsByteOffsetWhateverTheWidthOfItsCharacters() throws IOException {
        // one-, two-, three- and four-byte characters (a surrogate pair), far past the reader's buffers, and a quoted
        // field over two lines
        StringBuilder text = new StringBuilder("name,notes\n");
        long bytes = text.length();
        List<Long> expected = new ArrayList<>();
        String[] names = {"Ana", "Zoë", "東京", "Ana 😀", "\"two\nlines ü\""};
        for (int i = 0; i < 20_000; i++) {
            String line = names[i % names.length] + "," + i + "\n";
            expected.add(bytes);
            bytes += line.getBytes(StandardCharsets.UTF_8).length;
            text.append(line);
        }
        Path file = write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.toString());

        List<CsvRow> rows = readAll(file, CsvPosition.START);

        assertThat(rows.subList(1, rows.size())).extracting(row -> row.start().byteOffset())
                .isEqualTo(expected);
        assertThat(readAll(file, rows.get(15_003).start())).hasSize(20_000 - 15_002)
                .first().extracting(CsvRow::values).isEqualTo(List.of("東京", "15002"));
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheFileIntoMemory() throws IOException {
        Path file = write(new byte[0], "name,notes\nAna,\"never closed\n" + "x,y\n".repeat(400_000));

        assertThatThrownBy(() -> readAll(file, CsvPosition.START))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 2");
    }

    private Path write(byte[] prefix, String text) throws IOException {
        Path file = dir.resolve("f.csv");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return Files.write(file, all);
    }

    private static List<CsvRow> readAll(Path file, CsvPosition from) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvRows reader = CsvRows.open(file, from)) {
            for (CsvRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }
}
