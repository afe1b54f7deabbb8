package org.realtycrm.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReminderChoiceTest {

    @Test
    void aLeadTimeInTheLargestWholeUnit() {
        assertThat(ReminderChoice.words(0)).isEqualTo("At the time");
        assertThat(ReminderChoice.words(1)).isEqualTo("1 minute before");
        assertThat(ReminderChoice.words(15)).isEqualTo("15 minutes before");
        assertThat(ReminderChoice.words(60)).isEqualTo("1 hour before");
        assertThat(ReminderChoice.words(90)).isEqualTo("90 minutes before");
        assertThat(ReminderChoice.words(2 * 24 * 60)).isEqualTo("2 days before");
    }

    @Test
    void aReminderSetElsewhereAtAnotherLeadTimeIsOfferedSoThatSavingKeepsIt() {
        assertThat(ReminderChoice.around(null)).extracting(ReminderChoice::minutes)
                .containsExactly(0, 5, 10, 15, 30, 60, 120, 1440);
        assertThat(ReminderChoice.around(45)).extracting(ReminderChoice::minutes)
                .containsExactly(0, 5, 10, 15, 30, 45, 60, 120, 1440);
        assertThat(ReminderChoice.around(30)).hasSize(8);
    }
}
