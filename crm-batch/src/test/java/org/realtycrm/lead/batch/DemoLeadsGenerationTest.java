package org.realtycrm.lead.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.lead.batch.DemoLeadWriter.PastEntry;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.PhoneNumbers;

/** The reader's leads (restartable, the same people on any day) and how the writer gives each its history. */
class DemoLeadsGenerationTest {

    private static final String ZONE = "America/New_York";
    // the moments must not lie in the future for the entity: the job's asOf is when it started
    private static final Instant AS_OF = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aRestartFromACheckpointGeneratesExactlyTheLeadsNotYetWritten() {
        List<SyntheticLead> all = read(reader(600, AS_OF), null);
        List<SyntheticLead> afterCheckpoint = read(reader(600, AS_OF), 400);

        assertThat(all).hasSize(600);
        assertThat(afterCheckpoint).containsExactlyElementsOf(all.subList(400, 600));
    }

    @Test
    void aLaterRunMakesTheSamePeopleSoThatExistingOnesAreSkipped() {
        List<LeadDraft> today = read(reader(300, AS_OF), null).stream().map(SyntheticLead::draft).toList();
        List<LeadDraft> nextWeek = read(reader(300, AS_OF.plus(Duration.ofDays(7))), null).stream()
                .map(SyntheticLead::draft).toList();

        for (int i = 0; i < today.size(); i++) {
            assertThat(nextWeek.get(i).email()).isEqualTo(today.get(i).email());
            assertThat(nextWeek.get(i).phones()).isEqualTo(today.get(i).phones());
        }
    }

    @Test
    void theDraftCarriesTheTemperatureButNeitherStatusNorFollowUp() {
        assertThat(read(reader(200, AS_OF), null)).allSatisfy(lead -> {
            assertThat(lead.draft().status()).isNull();
            assertThat(lead.draft().nextFollowUpAt()).isNull();
            assertThat(lead.draft().temperature()).isEqualTo(lead.history().temperature());
        });
    }

    @Test
    void everyLeadLivesItsHistoryThroughTheEntitysRulesAndItsTimelineShowsTheMoments() throws Exception {
        LeadDrafts drafts = drafts();

        for (SyntheticLead generated : read(reader(3000, AS_OF), null)) {
            DemoHistory history = generated.history();
            Lead lead = drafts.newLead(generated.draft(), null);

            List<PastEntry> timeline = DemoLeadWriter.relive(lead, history);

            assertThat(lead.getCreatedAt()).isEqualTo(history.createdAt());
            assertThat(lead.getStatus()).isEqualTo(history.status());
            assertThat(lead.getFirstContactedAt()).isEqualTo(history.firstContactedAt());
            assertThat(lead.getUpdatedAt()).isEqualTo(history.lastChangedAt());
            assertThat(lead.getNextFollowUpAt()).isEqualTo(history.nextFollowUpAt());
            assertThat(lead.getTemperature()).isEqualTo(history.temperature());

            assertThat(timeline.get(0).action()).isEqualTo(ActivityAction.LEAD_CREATED);
            assertThat(timeline.get(0).at()).isEqualTo(history.createdAt());
            assertThat(timeline.get(0).changes().get("status").to()).isEqualTo("NEW");
            assertThat(timeline.get(0).changes()).doesNotContainKey("nextFollowUpAt");
            List<PastEntry> statusChanges = timeline.stream()
                    .filter(e -> e.action() == ActivityAction.STATUS_CHANGED).toList();
            assertThat(statusChanges).extracting(PastEntry::at)
                    .containsExactlyElementsOf(history.steps().stream().map(DemoHistory.Step::at).toList());
            if (!statusChanges.isEmpty()) {
                assertThat(statusChanges.get(0).changes().get("status").from()).isEqualTo("NEW");
            }
            assertThat(timeline).extracting(PastEntry::at).isSorted()
                    .allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(AS_OF));
            if (history.nextFollowUpAt() == null) {
                assertThat(timeline).hasSize(1 + history.steps().size());
            } else {
                PastEntry scheduled = timeline.get(timeline.size() - 1);
                assertThat(scheduled.action()).isEqualTo(ActivityAction.LEAD_UPDATED);
                assertThat(scheduled.at()).isEqualTo(history.lastChangedAt());
                assertThat(scheduled.changes().get("nextFollowUpAt").to())
                        .isEqualTo(history.nextFollowUpAt().toString());
            }
        }
    }

    private static SyntheticLeadReader reader(int count, Instant asOf) {
        SyntheticLeadReader reader = new SyntheticLeadReader();
        reader.count = String.valueOf(count);
        reader.seed = "20261121";
        reader.asOf = asOf.toString();
        reader.zone = ZONE;
        return reader;
    }

    private static List<SyntheticLead> read(SyntheticLeadReader reader, Integer checkpoint) {
        reader.open(checkpoint);
        List<SyntheticLead> leads = new ArrayList<>();
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            leads.add((SyntheticLead) item);
        }
        return leads;
    }

    private static LeadDrafts drafts() throws ReflectiveOperationException {
        LeadDrafts drafts = new LeadDrafts();
        Field phones = LeadDrafts.class.getDeclaredField("phoneNumbers");
        phones.setAccessible(true);
        phones.set(drafts, new PhoneNumbers("US"));
        return drafts;
    }
}
