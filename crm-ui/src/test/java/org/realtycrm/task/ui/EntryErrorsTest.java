package org.realtycrm.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryErrorsTest {

    @Test
    void theBoundariesFieldsAreShownAtTheInputsThatStandForThem() {
        assertThat(EntryErrors.inputFor("title")).isEqualTo("title");
        assertThat(EntryErrors.inputFor("dueAt")).as("a task's due time").isEqualTo("start");
        assertThat(EntryErrors.inputFor("startsAt")).as("an appointment's start").isEqualTo("start");
        assertThat(EntryErrors.inputFor("endsAt")).isEqualTo("end");
        assertThat(EntryErrors.inputFor("leadId")).isEqualTo("lead");
        assertThat(EntryErrors.inputFor("from")).as("no input: shown above the form").isNull();
        assertThat(EntryErrors.inputFor(null)).isNull();
    }
}
