package org.realtycrm.campaign.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.realtycrm.campaign.boundary.CampaignReport;

/**
 * The campaign report's chart for {@code p:chart}: what went out, how many leads answered and how many new leads
 * came in, day by day (the
 * brokerage's days), every source together. Written with JSON-P, and "<" as a JSON escape, as the dashboard's charts
 * are (lead.ui.ChartConfig): PrimeFaces writes the configuration into a script block.
 */
final class CampaignChart {

    static final String SENT = "Sent";
    static final String RESPONDED = "Responded";
    static final String CREATED = "Leads created";

    private CampaignChart() {
    }

    /** The report's days and sources summed by day, oldest first: each day's sent, responded and leads created. */
    static Map<LocalDate, long[]> byDay(List<CampaignReport.SourceDay> days) {
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        for (CampaignReport.SourceDay day : days) {
            long[] figures = byDay.computeIfAbsent(day.day(), d -> new long[3]);
            figures[0] += day.sent();
            figures[1] += day.responded();
            figures[2] += day.leadsCreated();
        }
        return byDay;
    }

    static String sentAndResponded(List<CampaignReport.SourceDay> days) {
        Map<LocalDate, long[]> byDay = byDay(days);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sent = Json.createArrayBuilder();
        JsonArrayBuilder responded = Json.createArrayBuilder();
        JsonArrayBuilder created = Json.createArrayBuilder();
        byDay.forEach((day, figures) -> {
            labels.add(day.toString());
            sent.add(figures[0]);
            responded.add(figures[1]);
            created.add(figures[2]);
        });
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                        .add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", "Sent, responded and leads created by day")))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", SENT).add("data", sent)
                                        .add("backgroundColor", "#3b82f6"))
                                .add(Json.createObjectBuilder().add("label", RESPONDED).add("data", responded)
                                        .add("backgroundColor", "#10b981"))
                                .add(Json.createObjectBuilder().add("label", CREATED).add("data", created)
                                        .add("backgroundColor", "#f59e0b"))))
                .add("options", options)
                .build()
                .toString();
        // only possible inside JSON strings, where \u003c means the same character
        return json.replace("<", "\\u003c");
    }
}
