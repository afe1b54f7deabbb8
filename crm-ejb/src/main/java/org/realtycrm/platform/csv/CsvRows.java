package org.realtycrm.platform.csv;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV file record by record, in bounded memory: one record at a time, each with the physical line it
 * starts on and its byte offset, so that reading can resume at any record without reading what came before. A
 * byte-order mark is skipped; blank lines are not records. A record longer than {@link #MAX_RECORD_CHARS}
 * (typically an unclosed quote swallowing the rest of the file) stops the reading instead of filling the memory.
 */
public final class CsvRows implements Closeable {

    public static final int MAX_RECORD_CHARS = 1 << 20;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RecordLimit limit;
    private final long lineBase;
    private final long byteBase;

    private CsvRows(Reader reader, CsvPosition from) throws IOException {
        this.limit = new RecordLimit(reader);
        this.lineBase = from.line() - 1;
        this.parser = CSVParser.builder().setReader(limit).setFormat(FORMAT).setCharset(StandardCharsets.UTF_8)
                .setTrackBytes(true).setCharacterOffset(0).get();
        this.records = parser.iterator();
        this.byteBase = from.byteOffset();
    }

    /** Opens the file at a record start ({@link CsvPosition#START} for the header). */
    public static CsvRows open(Path file, CsvPosition from) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(bomLength(channel) + from.byteOffset());
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            return new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), from);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The same reading over text in memory (a preview of an upload's first rows, tests). */
    public static CsvRows of(Reader text) throws IOException {
        return new CsvRows(text, CsvPosition.START);
    }

    private static int bomLength(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(3);
        while (head.hasRemaining() && channel.read(head) > 0) {
            // a short read is possible on some channels
        }
        head.flip();
        boolean bom = head.remaining() == 3 && head.get(0) == BOM[0] && head.get(1) == BOM[1] && head.get(2) == BOM[2];
        return bom ? 3 : 0;
    }

    /** @return the next record, or {@code null} at the end of the file */
    public CsvRow next() throws IOException {
        while (true) {
            long line = lineBase + parser.getCurrentLineNumber() + 1;
            limit.startRecord(line);
            if (!hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // a blank line
            }
            List<String> values = new ArrayList<>(record.size());
            record.forEach(values::add);
            return new CsvRow(line, new CsvPosition(byteBase + record.getBytePosition(), line), values);
        }
    }

    private boolean hasNext() throws IOException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the characters of the record being read and refuses to go past the limit. */
    private static final class RecordLimit extends FilterReader {

        private long used;
        private long line;

        RecordLimit(Reader in) {
            super(in);
        }

        void startRecord(long startLine) {
            used = 0;
            line = startLine;
        }

        @Override
        public int read() throws IOException {
            count(1);
            return super.read();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(read);
            return read;
        }

        private void count(int chars) throws IOException {
            used += Math.max(chars, 0);
            if (used > MAX_RECORD_CHARS + (1 << 16)) {
                throw new CsvFormatException("line " + line + ": a record longer than " + MAX_RECORD_CHARS
                        + " characters (an unclosed quote?)");
            }
        }
    }
}
