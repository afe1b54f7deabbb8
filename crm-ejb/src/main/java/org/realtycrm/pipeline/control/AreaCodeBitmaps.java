package org.realtycrm.pipeline.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;

import org.roaringbitmap.RoaringBitmap;

/**
 * A set of North American (NANP) phone numbers, held as one compressed bitmap of 7-digit line numbers per 3-digit
 * area code: the shape the Do-Not-Call registry is published in (a file per area code) and the one that keeps
 * 50 million numbers in about 100 MB. Numbers are the 10 national digits as a {@code long} (2025550143).
 * <p>
 * Not thread-safe while it is being changed; a published instance (a loaded list) is only read.
 */
public final class AreaCodeBitmaps {

    /** 10 digits: the area code is the first three. */
    static final long LINES_PER_AREA_CODE = 10_000_000L;

    private final TreeMap<Integer, RoaringBitmap> byAreaCode = new TreeMap<>();

    public static boolean isNanpNumber(long number) {
        int areaCode = (int) (number / LINES_PER_AREA_CODE);
        return areaCode >= 200 && areaCode <= 999;
    }

    public static int areaCodeOf(long number) {
        return (int) (number / LINES_PER_AREA_CODE);
    }

    public boolean contains(long number) {
        RoaringBitmap lines = byAreaCode.get(areaCodeOf(number));
        return lines != null && lines.contains((int) (number % LINES_PER_AREA_CODE));
    }

    public void add(long number) {
        byAreaCode.computeIfAbsent(areaCodeOf(number), a -> new RoaringBitmap())
                .add((int) (number % LINES_PER_AREA_CODE));
    }

    public void remove(long number) {
        RoaringBitmap lines = byAreaCode.get(areaCodeOf(number));
        if (lines != null) {
            lines.remove((int) (number % LINES_PER_AREA_CODE));
        }
    }

    /** Sets (replaces) an area code's line numbers. */
    public void put(int areaCode, RoaringBitmap lines) {
        byAreaCode.put(areaCode, lines);
    }

    /** The area code's line numbers, or null when this set has none of it. */
    public RoaringBitmap lines(int areaCode) {
        return byAreaCode.get(areaCode);
    }

    public NavigableSet<Integer> areaCodes() {
        return byAreaCode.navigableKeySet();
    }

    public Map<Integer, RoaringBitmap> asMap() {
        return byAreaCode;
    }

    public long cardinality() {
        return byAreaCode.values().stream().mapToLong(RoaringBitmap::getLongCardinality).sum();
    }

    /** The bitmaps' own estimate of the heap they take. */
    public long sizeInBytes() {
        return byAreaCode.values().stream().mapToLong(RoaringBitmap::getLongSizeInBytes).sum();
    }

    /** Compresses runs of consecutive numbers; call once a set is complete. */
    public void optimise() {
        byAreaCode.values().forEach(RoaringBitmap::runOptimize);
    }

    /** The portable Roaring format, the one stored in the database. */
    public static byte[] serialize(RoaringBitmap lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(lines.serializedSizeInBytes());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            lines.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static RoaringBitmap deserialize(byte[] stored) {
        RoaringBitmap lines = new RoaringBitmap();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            lines.deserialize(in);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored Do-Not-Call bitmap is damaged", e);
        }
        return lines;
    }
}
