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
    private final Utf8Offsets offsets;
    private final RecordLimit limit;
    private final long lineBase;
    private final long byteBase;

    private CsvRows(Reader reader, CsvPosition from) throws IOException {
        this.offsets = new Utf8Offsets(reader);
        this.limit = new RecordLimit(offsets);
        this.lineBase = from.line() - 1;
        // Commons CSV can track byte positions itself, but it encodes every character on its own to count its bytes:
        // that was a tenth of a million-row import's Java time
        this.parser = CSVParser.builder().setReader(limit).setFormat(FORMAT).setCharacterOffset(0).get();
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
            return new CsvRow(line, new CsvPosition(byteBase + offsets.byteOffset(record.getCharacterPosition()), line), values);
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

    /**
     * Tells the UTF-8 byte offset of a character already read, for record starts asked for in file order. ASCII
     * characters are one byte each and cost nothing; only the wider characters are remembered (where, and how many
     * bytes beyond one), and only until a record start past them has been asked for. A pair of surrogates is four
     * bytes: two beyond its two characters.
     */
    static final class Utf8Offsets extends FilterReader {

        private long charsRead;
        /** The wider characters not yet passed, oldest first, in a ring: their character index and extra bytes. */
        private long[] wideAt = new long[256];
        private byte[] wideExtra = new byte[256];
        private int head;
        private int count;
        /** The extra bytes of the wider characters already passed. */
        private long passedExtra;

        Utf8Offsets(Reader in) {
            super(in);
        }

        /** @param charPosition a record's start, not before one asked for earlier */
        long byteOffset(long charPosition) {
            while (count > 0 && wideAt[head] < charPosition) {
                passedExtra += wideExtra[head];
                head = (head + 1) % wideAt.length;
                count--;
            }
            return charPosition + passedExtra;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                note((char) c, charsRead++);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = 0; i < read; i++) {
                char c = buffer[offset + i];
                if (c >= 0x80) {
                    note(c, charsRead + i);
                }
            }
            charsRead += Math.max(read, 0);
            return read;
        }

        /** Skipped characters are read, so that they are counted. */
        @Override
        public long skip(long n) throws IOException {
            if (n < 0) {
                throw new IllegalArgumentException("skip of " + n + " characters");
            }
            char[] skipped = new char[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        /** A reset would count characters twice. */
        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void mark(int readAheadLimit) throws IOException {
            throw new IOException("mark is not supported");
        }

        private void note(char c, long at) {
            if (c < 0x80) {
                return;
            }
            if (count == wideAt.length) {
                grow();
            }
            int tail = (head + count) % wideAt.length;
            wideAt[tail] = at;
            wideExtra[tail] = (byte) (c < 0x800 || Character.isSurrogate(c) ? 1 : 2);
            count++;
        }

        private void grow() {
            long[] at = new long[wideAt.length * 2];
            byte[] extra = new byte[at.length];
            for (int i = 0; i < count; i++) {
                at[i] = wideAt[(head + i) % wideAt.length];
                extra[i] = wideExtra[(head + i) % wideAt.length];
            }
            wideAt = at;
            wideExtra = extra;
            head = 0;
        }
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
