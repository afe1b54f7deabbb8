package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.problem.UnsupportedContentException;

/**
 * Keeps uploaded import files in the import directory, streamed to disk as they arrive (never whole in memory),
 * and checks one before a job is started for it: not empty, text rather than binary, a usable header, a row.
 */
@ApplicationScoped
public class ImportFiles {

    private static final int SNIFF_BYTES = 64 * 1024;

    @Inject
    @ConfigProperty(name = ImportSettings.DIRECTORY)
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = ImportSettings.MAX_BYTES)
    long maxBytes;

    /** @return the stored file; a refused upload leaves nothing behind */
    public Path store(InputStream content) {
        try {
            Path dir = Files.createDirectories(directory());
            Path partial = dir.resolve("upload-" + UUID.randomUUID() + ".part");
            try {
                copyAtMost(content, partial);
                return Files.move(partial, dir.resolve(partial.getFileName().toString().replace(".part", ".csv")),
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload in " + directory(), e);
        }
    }

    private void copyAtMost(InputStream content, Path target) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read; (read = content.read(buffer)) >= 0; ) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLargeException("the file is larger than " + maxBytes + " bytes ("
                            + ImportSettings.MAX_BYTES + ")");
                }
                out.write(buffer, 0, read);
            }
        }
    }

    /**
     * @return the file's columns
     * @throws InvalidInputException        when it is empty, has no usable header or no row below it
     * @throws UnsupportedContentException  when it is not UTF-8 text
     */
    public ImportColumns check(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new InvalidInputException("file", "is empty");
            }
            sniffText(file);
            try (CsvRows rows = CsvRows.open(file, CsvPosition.START)) {
                CsvRow header = rows.next();
                if (header == null) {
                    throw new InvalidInputException("file", "is empty");
                }
                ImportColumns columns = ImportColumns.fromHeader(header.values());
                if (rows.next() == null) {
                    throw new InvalidInputException("file", "has no rows below the header");
                }
                return columns;
            } catch (CsvFormatException e) {
                throw new InvalidInputException("file", "is not readable as CSV: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "is not readable as CSV: " + e.getMessage());
        }
    }

    /**
     * Binary content (a spreadsheet, a zip, an image, an executable) has control characters that no text has (any
     * below space but {@link #TEXT_CONTROLS}), or is not UTF-8, near its start.
     */
    /**
     * The control characters real CSV exports contain: tab, line feed, form feed, carriage return, the vertical tab
     * (in-cell line breaks from FileMaker and Mac Excel) and Ctrl-Z (the end-of-file mark of DOS exports).
     */
    private static final String TEXT_CONTROLS = "\t\n\u000B\f\r\u001A";

    private static void sniffText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        for (byte b : head) {
            if (b >= 0 && b < ' ' && TEXT_CONTROLS.indexOf(b) < 0) {
                throw new UnsupportedContentException("not a CSV text file (it holds binary data); save it as CSV UTF-8");
            }
        }
        // not the end of input: a character cut at the end of the sample is not an error
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), head.length < SNIFF_BYTES);
        if (result.isError()) {
            throw new UnsupportedContentException("not UTF-8 text; save the file as CSV UTF-8");
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private Path directory() {
        return directory.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), "realtycrm", "imports"));
    }
}
