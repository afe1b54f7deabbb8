package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class DncLoadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Instant NOW = Instant.parse("2026-12-05T15:00:00.123456789Z");

    @Test
    void a_load_is_dated_by_its_download_day_which_is_never_in_the_future() {
        assertThatThrownBy(() -> new DncLoad(DncListKey.FEDERAL, DncLoadKind.FULL, "f.txt", TODAY.plusDays(1), TODAY,
                1, NOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("dataDate");
        assertThatThrownBy(() -> new DncLoad(DncListKey.FEDERAL, DncLoadKind.FULL, "f.txt", null, TODAY, 1, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dataDate");
        assertThat(new DncLoad(DncListKey.FEDERAL, DncLoadKind.FULL, "f.txt", TODAY, TODAY, 1, NOW).getDataDate())
                .isEqualTo(TODAY);
    }

    @Test
    void only_the_national_registry_takes_change_lists() {
        assertThatThrownBy(() -> new DncLoad(DncListKey.LITIGATOR, DncLoadKind.ADDITIONS, "l.txt", TODAY, TODAY, 1,
                NOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
        assertThat(new DncLoad(DncListKey.FEDERAL, DncLoadKind.DELETIONS, "c.txt", TODAY, TODAY, 1, NOW).getKind())
                .isEqualTo(DncLoadKind.DELETIONS);
    }

    @Test
    void keeps_a_usable_file_name_and_the_time_as_the_database_keeps_it() {
        DncLoad load = new DncLoad(DncListKey.FEDERAL, DncLoadKind.FULL, " " + "x".repeat(300), TODAY, TODAY, 1, NOW);

        assertThat(load.getFileName()).hasSize(DncLoad.MAX_FILE_NAME);
        assertThat(new DncLoad(DncListKey.FEDERAL, DncLoadKind.FULL, null, TODAY, TODAY, 1, NOW).getFileName())
                .isEqualTo("upload");
        assertThat(load.getCreatedAt()).isEqualTo(Instant.parse("2026-12-05T15:00:00.123456Z"));
        assertThat(DncLoad.version(DncListKey.FEDERAL, TODAY, 12)).isEqualTo("federal of 2026-12-05 (load 12)");
    }
}
