package org.realtycrm.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TrackedTest {

    private static final class Record extends Tracked {
    }

    @Test
    void aNewRecordIsCreatedWhenItIsStored() {
        Record record = new Record();
        Instant before = Instant.now();

        record.stampCreation();

        assertThat(record.getCreatedAt()).isBetween(before, Instant.now());
        assertThat(record.getUpdatedAt()).isEqualTo(record.getCreatedAt());
    }

    @Test
    void aRecordOfHistoryKeepsItsMomentsWhenItIsStored() {
        Record record = new Record();
        Instant created = Instant.now().minus(Duration.ofDays(40));
        Instant changed = created.plus(Duration.ofDays(3));
        record.createdInThePast(created);
        record.changedInThePast(changed);

        record.stampCreation();

        assertThat(record.getCreatedAt()).isEqualTo(created);
        assertThat(record.getUpdatedAt()).isEqualTo(changed);
    }

    @Test
    void laterChangesOfAStoredRecordAreStampedNow() {
        Record record = new Record();
        record.createdInThePast(Instant.now().minus(Duration.ofDays(40)));
        record.stampCreation();
        Instant before = Instant.now();

        record.stampUpdate();

        assertThat(record.getUpdatedAt()).isBetween(before, Instant.now());
    }
}
