package org.realtycrm.lead.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvParts;
import org.realtycrm.platform.problem.InvalidInputException;

class ImportPartitionsTest {

    @TempDir
    Path dir;

    @Test
    void anImportsFileIsCutIntoPartsOfItsRowsBelowTheHeader() throws IOException {
        CsvParts parts = ImportPartitions.split(write("First Name,Email\nAna,a@example.com\nBen,b@example.com\n"
                + "Cy,c@example.com\n"), 2);

        assertThat(parts.records()).isEqualTo(3);
        assertThat(parts.parts()).extracting(part -> part.from().line()).containsExactly(2L, 4L);
    }

    @Test
    void anEmptyFileOrAHeaderWithoutUsableColumnsIsRefusedBeforeAnythingIsStored() throws IOException {
        assertThatThrownBy(() -> ImportPartitions.split(write(""), 10))
                .isInstanceOf(CsvFormatException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> ImportPartitions.split(write("colour,size\nred,9\n"), 10))
                .isInstanceOf(InvalidInputException.class);
    }

    private Path write(String text) throws IOException {
        return Files.write(dir.resolve("import.csv"), text.getBytes(StandardCharsets.UTF_8));
    }
}
