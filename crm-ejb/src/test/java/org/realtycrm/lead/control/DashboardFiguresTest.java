package org.realtycrm.lead.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.SpeedToContact;

class DashboardFiguresTest {

    private static final Instant MINUTE = Instant.parse("2026-11-21T14:05:00Z");

    private final DashboardFigures remembered = new DashboardFigures();

    private static LeadFigures figures(long total) {
        return new LeadFigures(total, Map.of(), Map.of(), List.of(), 0, 0,
                new SpeedToContact(Optional.empty(), Optional.empty(), 0, 0, 30), MINUTE, MINUTE);
    }

    @Test
    void reusesFiguresOnlyWhileNoLeadHasChanged() {
        remembered.remember(LeadVisibility.all(), MINUTE, 7, figures(100));

        assertThat(remembered.get(LeadVisibility.all(), MINUTE, 7)).map(LeadFigures::total).hasValue(100L);
        assertThat(remembered.get(LeadVisibility.all(), MINUTE, 8)).isEmpty();
    }

    @Test
    void aNewMinuteOrAnotherAgentIsCountedAfresh() {
        remembered.remember(LeadVisibility.all(), MINUTE, 7, figures(100));

        assertThat(remembered.get(LeadVisibility.all(), MINUTE.plusSeconds(60), 7)).isEmpty();
        assertThat(remembered.get(LeadVisibility.assignedTo(3), MINUTE, 7)).isEmpty();
    }
}
