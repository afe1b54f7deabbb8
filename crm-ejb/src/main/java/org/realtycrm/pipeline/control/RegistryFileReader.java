package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Reads a Do-Not-Call list file (the National Registry's flat text downloads, a state's list, a litigator list) into
 * bitmaps, at tens of millions of lines a second. The formats accepted, one record per line:
 * <ul>
 * <li>{@code 2025550143} — a full list's line: one 10-digit number (a leading country code 1 is allowed);</li>
 * <li>{@code 202,5550143} — the same as area code and number in two comma-separated fields;</li>
 * <li>either, followed by more comma-separated fields, one of which may flag the change: {@code A}, {@code ADD},
 * {@code ADDED}, {@code ADDITION} add the number, {@code D}, {@code DEL}, {@code DELETE}, {@code DELETED},
 * {@code DELETION} remove it (the change lists); other fields (dates, states) are ignored.</li>
 * </ul>
 * A line without a flag takes the file's default (additions for a full list). A first line without digits is a
 * header; blank lines are skipped; every other line that holds no US number is rejected with its line number.
 */
public final class RegistryFileReader {

    /** How many rejected lines are kept with their reason (all are counted). */
    public static final int KEPT_REJECTS = 1_000;

    private static final int MAX_LINE = 512;

    public enum Change { ADD, DELETE }

    /** @param file the file's name within an archive, or null for a plain file */
    public record RejectedLine(String file, long line, String reason) {

        @Override
        public String toString() {
            return (file == null ? "" : file + " ") + "line " + line + ": " + reason;
        }
    }

    public record Result(AreaCodeBitmaps additions, AreaCodeBitmaps deletions, long lines, long rejectedCount,
            List<RejectedLine> rejected) {

        public long numbersAdded() {
            return additions.cardinality();
        }

        public long numbersDeleted() {
            return deletions.cardinality();
        }
    }

    private final Change lineDefault;
    private final Writers additions = new Writers();
    private final Writers deletions = new Writers();
    private final List<RejectedLine> rejected = new ArrayList<>();
    private long rejectedCount;
    private long lineNumber;
    private boolean seenData;

    private String file;
    private long linesRead;

    /** @param lineDefault what a line without its own flag does */
    public RegistryFileReader(Change lineDefault) {
        this.lineDefault = lineDefault;
    }

    /** Reads one whole file, plain text (the stream is not closed). */
    public static Result read(InputStream in, Change lineDefault) throws IOException {
        RegistryFileReader reader = new RegistryFileReader(lineDefault);
        reader.add(null, in);
        return reader.result();
    }

    /**
     * Reads one more file into the same list (an archive's entries one after the other).
     *
     * @param name the file's name, for the rejects; null for the only file
     */
    public void add(String name, InputStream in) throws IOException {
        file = name;
        lineNumber = 0;
        seenData = false;
        readAll(in);
        linesRead += lineNumber;
    }

    public Result result() {
        return new Result(additions.finish(), deletions.finish(), linesRead, rejectedCount, List.copyOf(rejected));
    }

    private void readAll(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] line = new byte[MAX_LINE];
        int length = 0;
        boolean overlong = false;
        int read;
        boolean first = true;
        while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
            int start = 0;
            if (first && read >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
                start = 3; // a UTF-8 byte order mark, as some editors write
            }
            first = false;
            for (int i = start; i < read; i++) {
                if (length == 0 && !overlong && i + 10 < read && buffer[i + 10] == '\n') {
                    // the Registry's own format, nearly every line: ten digits and a newline, read in place
                    long number = tenDigits(buffer, i);
                    if (number >= 0) {
                        lineNumber++;
                        seenData = true;
                        if (AreaCodeBitmaps.isNanpNumber(number)) {
                            (lineDefault == Change.ADD ? additions : deletions).add(number);
                        } else {
                            reject("area code " + AreaCodeBitmaps.areaCodeOf(number) + " is not a US area code");
                        }
                        i += 10;
                        continue;
                    }
                }
                byte b = buffer[i];
                if (b == '\n') {
                    lineNumber++;
                    handle(line, length, overlong);
                    length = 0;
                    overlong = false;
                } else if (length < MAX_LINE) {
                    line[length++] = b;
                } else {
                    overlong = true;
                }
            }
        }
        if (length > 0 || overlong) {
            lineNumber++;
            handle(line, length, overlong);
        }
    }

    /** The ten digits at {@code from} as a number, or -1 when one of them is not a digit. */
    private static long tenDigits(byte[] bytes, int from) {
        long number = 0;
        for (int d = from; d < from + 10; d++) {
            int digit = bytes[d] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            number = number * 10 + digit;
        }
        return number;
    }

    private void handle(byte[] line, int length, boolean overlong) {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (overlong) {
            reject("longer than " + MAX_LINE + " characters");
            return;
        }
        // fields: the digits of the first two, and whether a later one flags the change
        long first = 0;
        int firstDigits = 0;
        long second = 0;
        int secondDigits = 0;
        int field = 0;
        int fieldStart = 0;
        boolean fieldHasLetter = false;
        boolean fieldHasDigit = false;
        Change flag = null;
        boolean anyDigit = false;
        boolean nonBlank = false;
        boolean firstHasLetter = false;
        boolean secondHasLetter = false;
        for (int i = 0; i <= length; i++) {
            byte b = i < length ? line[i] : (byte) ',';
            if (b == ',') {
                if (fieldHasLetter && !fieldHasDigit) {
                    Change named = changeNamed(line, fieldStart, i);
                    if (named != null) {
                        flag = named;
                    }
                }
                field++;
                fieldStart = i + 1;
                fieldHasLetter = false;
                fieldHasDigit = false;
                continue;
            }
            if (b >= '0' && b <= '9') {
                anyDigit = true;
                nonBlank = true;
                fieldHasDigit = true;
                if (field == 0) {
                    first = first * 10 + (b - '0');
                    firstDigits++;
                } else if (field == 1) {
                    second = second * 10 + (b - '0');
                    secondDigits++;
                }
            } else if (b != ' ' && b != '\t' && b != '"' && b != '-' && b != '(' && b != ')' && b != '.'
                    && b != '+') {
                nonBlank = true;
                fieldHasLetter = true;
                firstHasLetter |= field == 0;
                secondHasLetter |= field == 1;
            }
        }
        if (!nonBlank) {
            return;
        }
        if (!anyDigit && !seenData) {
            seenData = true; // a header
            return;
        }
        seenData = true;
        long number;
        if (firstHasLetter || (secondHasLetter && secondDigits > 0)) {
            reject("holds no 10-digit phone number");
            return;
        }
        if (firstDigits == 11 && first / 10_000_000_000L == 1) {
            number = first % 10_000_000_000L;
        } else if (firstDigits == 10) {
            number = first;
        } else if (firstDigits == 3 && secondDigits == 7) {
            number = first * AreaCodeBitmaps.LINES_PER_AREA_CODE + second;
        } else {
            reject("holds no 10-digit phone number");
            return;
        }
        if (!AreaCodeBitmaps.isNanpNumber(number)) {
            reject("area code " + AreaCodeBitmaps.areaCodeOf(number) + " is not a US area code");
            return;
        }
        Writers target = (flag == null ? lineDefault : flag) == Change.ADD ? additions : deletions;
        target.add(number);
    }

    private static final List<String> ADD_WORDS = List.of("A", "ADD", "ADDED", "ADDITION");
    private static final List<String> DELETE_WORDS = List.of("D", "DEL", "DELETE", "DELETED", "DELETION");

    /** The change a field names (surrounding blanks and quotes aside, any case), or null. */
    private static Change changeNamed(byte[] line, int from, int to) {
        while (from < to && isPadding(line[from])) {
            from++;
        }
        while (to > from && isPadding(line[to - 1])) {
            to--;
        }
        if (to - from > 8) {
            return null;
        }
        String word = new String(line, from, to - from, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
        if (ADD_WORDS.contains(word)) {
            return Change.ADD;
        }
        return DELETE_WORDS.contains(word) ? Change.DELETE : null;
    }

    private static boolean isPadding(byte b) {
        return b == ' ' || b == '\t' || b == '"';
    }

    private void reject(String reason) {
        rejectedCount++;
        if (rejected.size() < KEPT_REJECTS) {
            rejected.add(new RejectedLine(file, lineNumber, reason));
        }
    }

    /** One bitmap writer per area code; the files are sorted, so the last one used is nearly always the next. */
    private static final class Writers {
        private final Map<Integer, RoaringBitmapWriter<RoaringBitmap>> byAreaCode = new HashMap<>();
        private int currentAreaCode = -1;
        private RoaringBitmapWriter<RoaringBitmap> current;

        void add(long number) {
            int areaCode = (int) (number / AreaCodeBitmaps.LINES_PER_AREA_CODE);
            if (areaCode != currentAreaCode) {
                current = byAreaCode.computeIfAbsent(areaCode, a -> RoaringBitmapWriter.writer().get());
                currentAreaCode = areaCode;
            }
            current.add((int) (number % AreaCodeBitmaps.LINES_PER_AREA_CODE));
        }

        AreaCodeBitmaps finish() {
            AreaCodeBitmaps bitmaps = new AreaCodeBitmaps();
            byAreaCode.forEach((areaCode, writer) -> bitmaps.put(areaCode, writer.get()));
            bitmaps.optimise();
            return bitmaps;
        }
    }
}
