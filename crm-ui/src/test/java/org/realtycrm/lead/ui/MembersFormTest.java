package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MembersFormTest {

    @Test
    void theChosenPeopleAreSentOnceEach() {
        MembersForm form = MembersForm.blank();
        form.setMemberIds(new Long[] {7L, 3L, 7L, null});

        assertThat(form.members()).containsExactly(3L, 7L);
        form.setMemberIds(null);
        assertThat(form.members()).isEmpty();
        assertThat(form.isNew()).isTrue();
    }

    @Test
    void aSavedTeamShowsItsLeaderAndMembersAsChosen() {
        MembersForm form = MembersForm.of(4L, 2L, "North", 9L, Set.of(12L, 9L));

        assertThat(form.isNew()).isFalse();
        assertThat(form.getVersion()).isEqualTo(2L);
        assertThat(form.getLeaderId()).isEqualTo(9L);
        assertThat(form.getMemberIds()).containsExactly(9L, 12L);
    }
}
