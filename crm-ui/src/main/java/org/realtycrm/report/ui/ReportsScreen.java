package org.realtycrm.report.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.ui.ChartConfig;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.report.boundary.Reports;
import org.realtycrm.report.entity.AgentSpeed;
import org.realtycrm.report.entity.AgentStanding;
import org.realtycrm.report.entity.FunnelStage;
import org.realtycrm.report.entity.ReportKind;
import org.realtycrm.report.entity.ReportRange;
import org.realtycrm.report.entity.SourceRoi;

/**
 * The Reports screen (reports.xhtml, admins only): a range of days, then source ROI, speed to lead, the funnel and
 * the leaderboard over it, with charts and a CSV download each. Opens on this month so far.
 */
@Named
@ViewScoped
public class ReportsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private LocalDate from;
    private LocalDate to;
    /** The range the figures shown are for. */
    private ReportRange shown;
    private List<SourceRoi> sources = List.of();
    private List<AgentSpeed> speed = List.of();
    private List<FunnelStage> funnel = List.of();
    private List<AgentStanding> leaderboard = List.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(reports.zone());
        from = to.withDayOfMonth(1);
        run();
    }

    /** Reads the four reports over the range entered. */
    public void run() {
        try {
            ReportRange range = new ReportRange(from, to);
            sources = reports.sourceRoi(range);
            speed = reports.speedToLead(range);
            funnel = reports.funnel(range);
            leaderboard = reports.leaderboard(range);
            shown = range;
        } catch (CrmException refused) {
            Messages.refused(refused, "range");
        }
    }

    /** The source ROI chart: leads and closings per source. */
    public String getSourceChart() {
        return ChartConfig.bar(sources.stream().map(SourceRoi::source).toList(),
                sources.stream().map(SourceRoi::leads).toList(), "Leads by source");
    }

    /** The funnel chart: leads that reached each stage. */
    public String getFunnelChart() {
        return ChartConfig.bar(funnel.stream().map(stage -> stage.stage().name()).toList(),
                funnel.stream().map(FunnelStage::reached).toList(), "Leads that reached each stage");
    }

    /** The leaderboard chart: closings per agent, best first. */
    public String getLeaderboardChart() {
        return ChartConfig.bar(leaderboard.stream().map(AgentStanding::agentName).toList(),
                leaderboard.stream().map(AgentStanding::closed).toList(), "Closings by agent");
    }

    /** The download address of a report over the range shown ({@code source-roi}, …), relative to the page. */
    public String csvUrl(String report) {
        ReportKind kind = ReportKind.ofSlug(report).orElseThrow();
        return "reports/" + kind.slug() + ".csv?from="
                + URLEncoder.encode(shown.from().toString(), StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(shown.to().toString(), StandardCharsets.UTF_8);
    }

    /** Cents as dollars ({@code $1,234.56}); nothing for none. */
    public String dollars(Long cents) {
        return cents == null ? "" : money(BigDecimal.valueOf(cents, 2));
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    /** A percentage with its sign; a dash when there was nothing to divide by. */
    public String percent(BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + "%";
    }

    /** Minutes with one decimal; a dash when no lead was contacted. */
    public String minutes(Double value) {
        return value == null ? "–" : String.valueOf(value);
    }

    public String getZone() {
        return reports.zone().getId();
    }

    public ReportRange getShown() {
        return shown;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<SourceRoi> getSources() {
        return sources;
    }

    public List<AgentSpeed> getSpeed() {
        return speed;
    }

    public List<FunnelStage> getFunnel() {
        return funnel;
    }

    public List<AgentStanding> getLeaderboard() {
        return leaderboard;
    }
}
