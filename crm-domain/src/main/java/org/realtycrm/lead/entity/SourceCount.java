package org.realtycrm.lead.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How many leads came from one source; {@code other} adds up the sources past the top few. */
public record SourceCount(String source, long count, boolean other) {

    public static final String OTHER = "Other";

    /** The {@code top} largest sources, largest first (ties by name), then one "other" entry for the rest, if any. */
    public static List<SourceCount> topAndOther(List<SourceCount> all, int top) {
        List<SourceCount> sorted = all.stream()
                .sorted(Comparator.comparingLong(SourceCount::count).reversed().thenComparing(SourceCount::source))
                .toList();
        if (sorted.size() <= top) {
            return sorted;
        }
        List<SourceCount> result = new ArrayList<>(sorted.subList(0, top));
        long rest = sorted.subList(top, sorted.size()).stream().mapToLong(SourceCount::count).sum();
        result.add(new SourceCount(OTHER, rest, true));
        return result;
    }
}
