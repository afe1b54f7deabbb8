package org.realtycrm.platform.paging;

import org.realtycrm.platform.problem.InvalidInputException;

/** A zero-based page of at most {@link #MAX_SIZE} rows; larger sizes are capped, not refused. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidInputException("size", "must be 1 or more");
        }
        size = Math.min(size, MAX_SIZE);
        if ((long) page * size > Integer.MAX_VALUE) {
            // the offset would overflow into a negative number, which the database refuses with a 500
            throw new InvalidInputException("page", "must be at most " + Integer.MAX_VALUE / size);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
