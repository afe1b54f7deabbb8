package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class NoteTest {

    @Test
    void keeps_the_text_stripped_and_summarises_its_first_line() {
        Note note = new Note("  Called back, wants a 3-bed\nnear the school  ");

        assertThat(note.text()).isEqualTo("Called back, wants a 3-bed\nnear the school");
        assertThat(note.summary()).isEqualTo("Note added").doesNotContain("Called");
    }

    @Test
    void refuses_blank_and_overlong_notes() {
        assertThatThrownBy(() -> new Note(" \n ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("note: must not be blank");
        assertThatThrownBy(() -> new Note("x".repeat(Note.MAX_LENGTH + 1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 2000");
    }
}
