package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SourceCountTest {

    private static SourceCount source(String name, long count) {
        return new SourceCount(name, count, false);
    }

    @Test
    void names_the_largest_sources_and_adds_up_the_rest_as_other() {
        List<SourceCount> all = List.of(source("Web", 5), source("Zillow", 40), source("Open house", 2),
                source("Referral", 12), source("Billboard", 1));

        assertThat(SourceCount.topAndOther(all, 2)).containsExactly(source("Zillow", 40), source("Referral", 12),
                new SourceCount(SourceCount.OTHER, 8, true));
    }

    @Test
    void no_other_entry_when_every_source_fits() {
        List<SourceCount> all = List.of(source("Web", 5), source("Zillow", 5));

        assertThat(SourceCount.topAndOther(all, 2)).containsExactly(source("Web", 5), source("Zillow", 5));
    }
}
