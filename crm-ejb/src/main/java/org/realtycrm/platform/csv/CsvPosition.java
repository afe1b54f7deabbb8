package org.realtycrm.platform.csv;

import java.io.Serializable;

/**
 * Where a CSV record starts: its byte offset in the file (after any byte-order mark) and its physical line. This is
 * the import reader's checkpoint, so a restart seeks straight to the first record not yet committed.
 */
public record CsvPosition(long byteOffset, long line) implements Serializable {

    /** The first record below the header has not been found yet: start from the top. */
    public static final CsvPosition START = new CsvPosition(0, 1);

    /** Past the last record: a restart has nothing left to read. */
    public static final CsvPosition END = new CsvPosition(Long.MAX_VALUE, Long.MAX_VALUE);
}
