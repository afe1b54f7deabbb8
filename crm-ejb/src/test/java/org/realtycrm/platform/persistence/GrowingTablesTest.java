package org.realtycrm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrowingTablesTest {

    @Test
    void aChunkThatReachesADoublingOfThePositionAnalyses() {
        assertThat(GrowingTables.crossesDoubling(0, 1_000)).isTrue();
        assertThat(GrowingTables.crossesDoubling(1_000, 2_000)).isTrue();
        assertThat(GrowingTables.crossesDoubling(511_000, 512_000)).isTrue();
        assertThat(GrowingTables.crossesDoubling(1_000_000, 1_024_000)).isTrue();
    }

    @Test
    void chunksBetweenDoublingsDoNot() {
        assertThat(GrowingTables.crossesDoubling(0, 999)).isFalse();
        assertThat(GrowingTables.crossesDoubling(2_000, 3_000)).isFalse();
        assertThat(GrowingTables.crossesDoubling(600_000, 1_000_000)).isFalse();
    }
}
