package org.realtycrm.pipeline.entity;

import java.time.LocalDate;

/**
 * What one area code of a file-loaded list holds, without its numbers: the load that last dated it and the provider's
 * data date, the load that last wrote its numbers, how many numbers. Enough for a server to tell whether its copy is
 * current (a change list that only dates an area code leaves its numbers as they were), and for the status.
 */
public record ListAreaCode(DncListKey list, int areaCode, long loadId, LocalDate dataDate, int numbers,
        long numbersLoadId) {
}
