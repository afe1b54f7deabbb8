package org.realtycrm.lead.batch;

import java.util.Map;

/**
 * What one chunk of an import stored: the rows that became leads, the duplicates and the invalid rows it
 * rejected, and how many of the new leads each agent and each pond got. Fired as an event in the chunk's
 * transaction; counted by {@link ImportFigures} once it commits.
 */
public record ImportChunkStored(int imported, int duplicates, int invalid, Map<Long, Integer> perAgent,
        Map<Long, Integer> perPond) {

    public ImportChunkStored {
        perAgent = Map.copyOf(perAgent);
        perPond = Map.copyOf(perPond);
    }
}
