package org.realtycrm.lead.ui;

import java.util.Arrays;
import java.util.List;

/**
 * A list as an admin types it into one input, "Zillow, Realtor.com": how the routing screen takes a rule's sources,
 * postal prefixes, cities and languages. Only commas separate, so a city of several words stays one entry; the rule
 * itself tidies and checks each entry.
 */
final class CommaList {

    private CommaList() {
    }

    /** The entries typed, in order, without the blanks an extra comma leaves. */
    static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    /** The entries as the input shows them again. */
    static String join(List<String> entries) {
        return entries == null || entries.isEmpty() ? null : String.join(", ", entries);
    }
}
