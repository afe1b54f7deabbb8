package org.realtycrm.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadStatus;

class ReportFiguresTest {

    @Test
    void costPerLeadAndPerClosingRoundHalfUpToTheCentAndAreNullWithNothingToDivideBy() {
        // 1,000.00 over 3 leads = 333.333… → 333.33; over 0 closings: none
        SourceRoi roi = SourceRoi.of("Zillow", 3, 2, 1, 0, BigDecimal.ZERO, 100_000);
        assertThat(roi.costPerLeadCents()).isEqualTo(33_333L);
        assertThat(roi.costPerClosingCents()).isNull();
        // 0.05 over 2 = 2.5 cents → 3
        assertThat(SourceRoi.per(5, 2)).isEqualTo(3L);
        assertThat(SourceRoi.of("Open house", 0, 0, 0, 0, BigDecimal.ZERO, 0).costPerLeadCents()).isNull();
    }

    @Test
    void theFunnelGivesEachStagesShareOfTheOneBeforeAndOfAll() {
        List<FunnelStage> funnel = FunnelStage.of(200, 150, 60, 9, 3);

        assertThat(funnel).extracting(FunnelStage::stage).containsExactly(LeadStatus.NEW, LeadStatus.CONTACTED,
                LeadStatus.QUALIFIED, LeadStatus.UNDER_CONTRACT, LeadStatus.CLOSED);
        assertThat(funnel).extracting(FunnelStage::fromPrevious).containsExactly(null, new BigDecimal("75.0"),
                new BigDecimal("40.0"), new BigDecimal("15.0"), new BigDecimal("33.3"));
        assertThat(funnel.get(4).fromFirst()).isEqualTo(new BigDecimal("1.5"));
        assertThat(FunnelStage.of(0, 0, 0, 0, 0)).extracting(FunnelStage::fromFirst).containsOnlyNulls();
    }

    @Test
    void theLeaderboardRanksByClosingsThenVolume() {
        List<AgentStanding> board = new ArrayList<>(List.of(
                new AgentStanding(1, "Ana", 10, 9, 4, 1, new BigDecimal("900000")),
                new AgentStanding(2, "Ben", 5, 5, 2, 2, new BigDecimal("400000")),
                new AgentStanding(3, "Cleo", 7, 6, 3, 2, new BigDecimal("650000.50")),
                new AgentStanding(4, "Dan", 0, 0, 0, 0, BigDecimal.ZERO)));
        board.sort(AgentStanding.RANKING);

        assertThat(board).extracting(AgentStanding::agentName).containsExactly("Cleo", "Ben", "Ana", "Dan");
    }
}
