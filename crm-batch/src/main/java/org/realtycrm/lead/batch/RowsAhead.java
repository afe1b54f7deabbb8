package org.realtycrm.lead.batch;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;

/**
 * Reads and validates the rows of an import ahead of the chunk that will store them, on another thread: parsing and
 * validating the next rows (Java work) then overlaps with storing the current chunk (database work), where a plain
 * reader would leave one of them idle at any moment. At most {@code capacity} rows wait, so memory stays bounded.
 * <p>
 * Each row comes with the position after it, which is the reader's checkpoint once the row has been handed on:
 * rows read ahead but not yet handed on are simply read again after a restart.
 */
final class RowsAhead implements AutoCloseable {

    /** A validated row and where the next one starts ({@link CsvPosition#END} after the last). */
    record Ahead(ImportedRow row, CsvPosition after) {
    }

    private record Failure(Exception cause) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Future<?> producer;

    /** @param endOffset where the rows to read end: the first record starting there or later is not read */
    RowsAhead(ExecutorService executor, CsvRows rows, long endOffset, Function<CsvRow, ImportedRow> validate,
            int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.producer = executor.submit(() -> produce(rows, endOffset, validate));
    }

    /** @return the next row, or {@code null} after the last */
    Ahead next() throws IOException {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the next row", e);
        }
        if (item == END) {
            queue.offer(END); // later calls answer the same
            return null;
        }
        if (item instanceof Failure failure) {
            queue.offer(failure);
            if (failure.cause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure.cause();
        }
        return (Ahead) item;
    }

    @Override
    public void close() {
        producer.cancel(true);
        queue.clear(); // unblocks a producer waiting for room
    }

    private void produce(CsvRows rows, long endOffset, Function<CsvRow, ImportedRow> validate) {
        try (rows) {
            CsvRow current = rows.next();
            while (current != null && current.start().byteOffset() < endOffset
                    && !Thread.currentThread().isInterrupted()) {
                CsvRow following = rows.next();
                queue.put(new Ahead(validate.apply(current), following == null ? CsvPosition.END : following.start()));
                current = following;
            }
            queue.put(END);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            queue.clear();
            queue.offer(new Failure(e));
        }
    }
}
