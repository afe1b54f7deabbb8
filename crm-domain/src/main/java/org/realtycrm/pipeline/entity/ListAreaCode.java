package org.realtycrm.pipeline.entity;

import java.time.LocalDate;

/**
 * What one area code of a file-loaded list holds, without its numbers: the load that wrote it, the provider's data
 * date, how many numbers. Enough for a server to tell whether its copy is current, and for the registry's status.
 */
public record ListAreaCode(DncListKey list, int areaCode, long loadId, LocalDate dataDate, int numbers) {
}
