package org.realtycrm.report.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.control.LeadRouter;
import org.realtycrm.platform.csv.CsvExport;
import org.realtycrm.report.control.ReportQueries;
import org.realtycrm.report.entity.AgentSpeed;
import org.realtycrm.report.entity.AgentStanding;
import org.realtycrm.report.entity.CostProration;
import org.realtycrm.report.entity.FunnelStage;
import org.realtycrm.report.entity.ReportKind;
import org.realtycrm.report.entity.ReportRange;
import org.realtycrm.report.entity.SourceCostRepository;
import org.realtycrm.report.entity.SourceRoi;

/**
 * The brokerage's reports over a range of days in its zone (admins only): source ROI, speed to lead per agent, the
 * conversion funnel and the agent leaderboard, each also as CSV. docs/reports.md says how each figure is counted.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Reports {

    @Inject
    ReportQueries queries;

    @Inject
    SourceCostRepository costs;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    ZoneId zone;

    @Inject
    @ConfigProperty(name = LeadRouter.CONTACT_WITHIN_MINUTES)
    int defaultContactMinutes;

    /** The zone the range's days are read in. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Per source with leads created in the range or a cost in it: most leads first. The cost is the source's
     * monthly costs prorated by the range's days ({@link CostProration}).
     */
    public List<SourceRoi> sourceRoi(ReportRange range) {
        Map<String, Long> cost = new TreeMap<>(CostProration.over(range,
                costs.between(YearMonth.from(range.from()), YearMonth.from(range.to()))));
        List<SourceRoi> rows = new ArrayList<>();
        for (ReportQueries.SourceLeads source : queries.sourceLeads(start(range), end(range))) {
            Long sourceCost = cost.remove(source.source());
            rows.add(SourceRoi.of(source.source(), source.leads(), source.contacted(), source.appointments(),
                    source.closed(), source.volume(), sourceCost == null ? 0 : sourceCost));
        }
        cost.forEach((source, cents) -> rows.add(SourceRoi.of(source, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2),
                cents)));
        return rows;
    }

    /** Per agent with a lead given them or missed in the range, by name. */
    public List<AgentSpeed> speedToLead(ReportRange range) {
        return queries.speedToLead(start(range), end(range), defaultContactMinutes);
    }

    /** The main road's stages, NEW to CLOSED, over the leads created in the range. */
    public List<FunnelStage> funnel(ReportRange range) {
        return FunnelStage.of(queries.funnel(start(range), end(range)));
    }

    /** Every active agent (and anyone else with figures), most closings first, then most volume. */
    public List<AgentStanding> leaderboard(ReportRange range) {
        List<AgentStanding> board = new ArrayList<>(queries.leaderboard(start(range), end(range)));
        board.sort(AgentStanding.RANKING);
        return board;
    }

    /** The report as CSV (UTF-8, a header row), the same figures the API answers in JSON. */
    public void csv(ReportKind kind, ReportRange range, OutputStream out) throws IOException {
        switch (kind) {
            case SOURCE_ROI -> {
                List<SourceRoi> rows = sourceRoi(range);
                try (CsvExport csv = CsvExport.to(out, "Source", "Leads", "Contacted", "Appointments", "Closed",
                        "Volume", "Cost", "Cost per lead", "Cost per closing")) {
                    for (SourceRoi row : rows) {
                        csv.row(row.source(), row.leads(), row.contacted(), row.appointments(), row.closed(),
                                row.volume().toPlainString(), dollars(row.costCents()),
                                dollars(row.costPerLeadCents()), dollars(row.costPerClosingCents()));
                    }
                }
            }
            case SPEED_TO_LEAD -> {
                List<AgentSpeed> rows = speedToLead(range);
                try (CsvExport csv = CsvExport.to(out, "Agent id", "Agent", "Assigned", "Contacted",
                        "Median minutes", "90th percentile minutes", "Contacted in time", "Missed")) {
                    for (AgentSpeed row : rows) {
                        csv.row(row.agentId(), row.agentName(), row.assigned(), row.contacted(), row.medianMinutes(),
                                row.p90Minutes(), row.contactedInTime(), row.missed());
                    }
                }
            }
            case FUNNEL -> {
                List<FunnelStage> stages = funnel(range);
                try (CsvExport csv = CsvExport.to(out, "Stage", "Reached", "% of previous stage", "% of all")) {
                    for (FunnelStage stage : stages) {
                        csv.row(stage.stage(), stage.reached(), stage.fromPrevious(), stage.fromFirst());
                    }
                }
            }
            case LEADERBOARD -> {
                List<AgentStanding> rows = leaderboard(range);
                try (CsvExport csv = CsvExport.to(out, "Rank", "Agent id", "Agent", "Assigned", "Contacted",
                        "Appointments", "Closed", "Volume")) {
                    int rank = 0;
                    for (AgentStanding row : rows) {
                        csv.row(++rank, row.agentId(), row.agentName(), row.assigned(), row.contacted(),
                                row.appointments(), row.closed(), row.volume().toPlainString());
                    }
                }
            }
            default -> throw new IllegalArgumentException("no CSV for " + kind);
        }
    }

    private Instant start(ReportRange range) {
        return range.start(zone);
    }

    private Instant end(ReportRange range) {
        return range.end(zone);
    }

    /** Cents as dollars with two decimals; {@code null} stays empty. */
    static String dollars(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
