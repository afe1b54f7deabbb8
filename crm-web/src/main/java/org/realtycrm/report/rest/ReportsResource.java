package org.realtycrm.report.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.report.boundary.Reports;
import org.realtycrm.report.boundary.SourceCosts;
import org.realtycrm.report.entity.AgentSpeed;
import org.realtycrm.report.entity.AgentStanding;
import org.realtycrm.report.entity.FunnelStage;
import org.realtycrm.report.entity.ReportKind;
import org.realtycrm.report.entity.ReportRange;
import org.realtycrm.report.entity.SourceCost;
import org.realtycrm.report.entity.SourceRoi;

/**
 * The reports (ADMIN) over {@code from} to {@code to}, both days included, in the brokerage's zone: each as JSON, and
 * as CSV at the same address with {@code .csv} added. The sources' monthly costs the source ROI report reads.
 */
@Path("reports")
@Tag(name = "reports", description = "Source ROI, speed to lead, the conversion funnel, the agent leaderboard and "
        + "the sources' costs (ADMIN)")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private static final String FROM = "First day, yyyy-MM-dd (the brokerage's zone)";
    private static final String TO = "Last day, included; at most 3 years after from";

    @Inject
    Reports reports;

    @Inject
    SourceCosts costs;

    @Schema(name = "SourceRoiReport")
    public record SourceRoiJson(LocalDate from, LocalDate to, String zone, List<SourceRoi> sources) {
    }

    @Schema(name = "SpeedToLeadReport")
    public record SpeedToLeadJson(LocalDate from, LocalDate to, String zone, List<AgentSpeed> agents) {
    }

    @Schema(name = "FunnelReport")
    public record FunnelJson(LocalDate from, LocalDate to, String zone, List<FunnelStage> stages) {
    }

    @Schema(name = "LeaderboardReport")
    public record LeaderboardJson(LocalDate from, LocalDate to, String zone, List<AgentStanding> agents) {
    }

    @Schema(name = "SourceCost")
    public record SourceCostJson(String source, @Schema(description = "yyyy-MM") String month, long amountCents,
            String note, Instant updatedAt, long version) {

        static SourceCostJson of(SourceCost cost) {
            return new SourceCostJson(cost.getSource(), cost.getMonth().toString(), cost.getAmountCents(),
                    cost.getNote(), cost.getUpdatedAt(), cost.getVersion());
        }
    }

    @Schema(name = "SourceCostRequest")
    public static class SourceCostRequest {
        @Schema(description = "Whole cents, 0 or more", required = true)
        public Long amountCents;
        @Schema(description = "Up to 300 characters")
        public String note;
    }

    @GET
    @Path("source-roi")
    @Operation(summary = "Source ROI", description = "Per source, of the leads created in the range: leads, "
            + "contacted, appointments, closed, volume (the closed leads' price); the source's cost over the range "
            + "(its monthly costs prorated by days), cost per lead and per closing in cents (null when none).")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed; to before from; over 3 years")
    public SourceRoiJson sourceRoi(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to) {
        ReportRange range = ReportRange.parse(from, to);
        return new SourceRoiJson(range.from(), range.to(), zone(), reports.sourceRoi(range));
    }

    @GET
    @Path("speed-to-lead")
    @Operation(summary = "Speed to lead per agent", description = "Per agent, the leads given them in the range: "
            + "assigned, contacted, median and 90th percentile minutes to the first contact, contacted in time; and "
            + "the leads that moved on from them in the range for want of contact (missed).")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed; to before from; over 3 years")
    public SpeedToLeadJson speedToLead(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to) {
        ReportRange range = ReportRange.parse(from, to);
        return new SpeedToLeadJson(range.from(), range.to(), zone(), reports.speedToLead(range));
    }

    @GET
    @Path("funnel")
    @Operation(summary = "Conversion funnel", description = "Of the leads created in the range, how many reached "
            + "each stage of NEW → CONTACTED → QUALIFIED → UNDER_CONTRACT → CLOSED (by their history too), and the "
            + "share of the stage before and of all.")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed; to before from; over 3 years")
    public FunnelJson funnel(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to) {
        ReportRange range = ReportRange.parse(from, to);
        return new FunnelJson(range.from(), range.to(), zone(), reports.funnel(range));
    }

    @GET
    @Path("leaderboard")
    @Operation(summary = "Agent leaderboard", description = "Per agent in the range: leads assigned, contacted, "
            + "appointments made with leads, leads closed and their volume; most closings first, then most volume.")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed; to before from; over 3 years")
    public LeaderboardJson leaderboard(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to) {
        ReportRange range = ReportRange.parse(from, to);
        return new LeaderboardJson(range.from(), range.to(), zone(), reports.leaderboard(range));
    }

    @GET
    @Path("{report}.csv")
    @Produces("text/csv")
    @Operation(summary = "A report as CSV", description = "source-roi.csv, speed-to-lead.csv, funnel.csv or "
            + "leaderboard.csv: the same figures, money in dollars with two decimals.")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed; to before from; over 3 years")
    @APIResponse(responseCode = "404", description = "No such report")
    public Response csv(@Parameter(description = "source-roi, speed-to-lead, funnel or leaderboard")
            @PathParam("report") String report,
            @Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to) throws IOException {
        ReportKind kind = ReportKind.ofSlug(report).orElseThrow(() -> new RecordNotFoundException("report", report));
        ReportRange range = ReportRange.parse(from, to);
        // written whole before the answer starts (a row a source or an agent): a refusal is still problem details
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.csv(kind, range, csv);
        return Response.ok(csv.toByteArray(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + kind.fileName(range) + "\"").build();
    }

    @GET
    @Path("source-costs")
    @Operation(summary = "The sources' monthly costs", description = "By source, newest month first")
    public List<SourceCostJson> costs() {
        return costs.all().stream().map(SourceCostJson::of).toList();
    }

    @GET
    @Path("source-costs/{source}/{month}")
    @Operation(summary = "A source's cost for a month")
    @APIResponse(responseCode = "404", description = "None entered")
    public SourceCostJson cost(@PathParam("source") String source,
            @Parameter(description = "yyyy-MM") @PathParam("month") String month) {
        return SourceCostJson.of(costs.find(source, SourceCost.month(month)));
    }

    @PUT
    @Path("source-costs/{source}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter or replace a source's cost for a month", description = "Audited")
    @APIResponse(responseCode = "201", description = "Entered")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Field errors: source, month, amountCents, note")
    public Response setCost(@PathParam("source") String source,
            @Parameter(description = "yyyy-MM") @PathParam("month") String month, SourceCostRequest request) {
        if (request == null || request.amountCents == null) {
            throw new InvalidInputException("amountCents", "is required: whole cents, 0 or more");
        }
        SourceCosts.Outcome outcome = costs.set(source, SourceCost.month(month), request.amountCents, request.note);
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(SourceCostJson.of(outcome.cost())).build();
    }

    @DELETE
    @Path("source-costs/{source}/{month}")
    @Operation(summary = "Remove a source's cost for a month", description = "Audited")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "None entered")
    public Response removeCost(@PathParam("source") String source,
            @Parameter(description = "yyyy-MM") @PathParam("month") String month) {
        costs.remove(source, SourceCost.month(month));
        return Response.noContent().build();
    }

    private String zone() {
        return reports.zone().getId();
    }
}
