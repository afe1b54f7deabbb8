package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FavouriteHomeTest {

    @Test
    void theDayItWasSavedIsUtcsAsThePageSays() {
        FavouriteHome late = new FavouriteHome(7, Instant.parse("2026-12-02T03:30:00Z"), null);

        assertThat(late.savedOnUtc()).isEqualTo("December 2, 2026");
        assertThat(new FavouriteHome(7, null, null).savedOnUtc()).isNull();
        assertThat(late.listed()).isFalse();
    }
}
