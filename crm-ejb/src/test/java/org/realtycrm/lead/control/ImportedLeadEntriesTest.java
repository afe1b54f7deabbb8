package org.realtycrm.lead.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

class ImportedLeadEntriesTest {

    private static final long LEAD = 7;
    private static final Activity CREATION = Activity.standingFor(900, Instant.parse("2026-12-01T10:00:00Z"), null,
            LEAD, ActivityAction.LEAD_CREATED, "Imported from a.csv, line 2 (import 3)");

    @Test
    void anImportedLeadsCreationIsTheOldestEntryLastOnTheLastPageAndCounted() {
        ImportedLeadEntries entries = withCreation(Optional.of(CREATION));

        Page<Activity> first = entries.withCreation(LEAD, stored(0, 25, 30), new PageRequest(0, 25));
        Page<Activity> last = entries.withCreation(LEAD, stored(25, 30, 30), new PageRequest(1, 25));

        assertThat(first.items()).hasSize(25).doesNotContain(CREATION);
        assertThat(first.total()).isEqualTo(31);
        assertThat(last.items()).hasSize(6).last().isSameAs(CREATION);
        assertThat(last.total()).isEqualTo(31);
    }

    @Test
    void whenTheStoredEntriesFillTheirLastPageTheCreationOpensTheNext() {
        ImportedLeadEntries entries = withCreation(Optional.of(CREATION));

        assertThat(entries.withCreation(LEAD, stored(0, 25, 25), new PageRequest(0, 25)).items())
                .hasSize(25).doesNotContain(CREATION);
        assertThat(entries.withCreation(LEAD, stored(25, 25, 25), new PageRequest(1, 25)).items())
                .containsExactly(CREATION);
        assertThat(entries.withCreation(LEAD, stored(50, 50, 25), new PageRequest(2, 25)).items()).isEmpty();
    }

    @Test
    void aLeadNotImportedKeepsItsStoredTimeline() {
        Page<Activity> stored = stored(0, 3, 3);

        assertThat(withCreation(Optional.empty()).withCreation(LEAD, stored, new PageRequest(0, 25))).isSameAs(stored);
    }

    @Test
    void theEntryStandsForTheImportsOwnRecordOnTheLeadsTimeline() {
        assertThat(CREATION.getId()).isEqualTo(900);
        assertThat(CREATION.getSubjectType()).isEqualTo(SubjectType.LEAD);
        assertThat(CREATION.getSubjectId()).isEqualTo(LEAD);
        assertThat(CREATION.getChangesJson()).isEqualTo("{}");
    }

    private static ImportedLeadEntries withCreation(Optional<Activity> creation) {
        return new ImportedLeadEntries() {
            @Override
            Optional<Activity> creationOf(long leadId) {
                return creation;
            }
        };
    }

    /** Entries {@code from} to {@code to} (exclusive) of {@code total} stored ones, newest first. */
    private static Page<Activity> stored(int from, int to, long total) {
        List<Activity> items = LongStream.range(from, to).mapToObj(i -> Activity.past(
                Instant.parse("2026-12-02T10:00:00Z").minusSeconds(i), null, SubjectType.LEAD, LEAD,
                ActivityAction.NOTE_ADDED, "note " + i, "{}")).toList();
        return Page.of(items, total, new PageRequest(from / 25, 25));
    }
}
