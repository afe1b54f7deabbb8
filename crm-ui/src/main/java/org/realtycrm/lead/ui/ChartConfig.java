package org.realtycrm.lead.ui;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations for {@code p:chart}, written with JSON-P so that every label (a lead source is user
 * input) is a properly quoted JSON string. PrimeFaces writes the configuration into a script block, so "<" is
 * written as a JSON escape too: a label such as "</script>" cannot end the block.
 */
public final class ChartConfig {

    private static final List<String> COLOURS = List.of("#3b82f6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6",
            "#06b6d4", "#84cc16", "#f97316", "#64748b");

    private ChartConfig() {
    }

    public static String bar(List<String> labels, List<Long> counts, String title) {
        return config("bar", labels, counts, Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title)))
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))));
    }

    static String doughnut(List<String> labels, List<Long> counts, String title) {
        return config("doughnut", labels, counts, Json.createObjectBuilder()
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title))));
    }

    private static String config(String type, List<String> labels, List<Long> counts, JsonObjectBuilder options) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        counts.forEach(data::add);
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        String json = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labelArray)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", data).add("backgroundColor", colours))))
                .add("options", options.add("responsive", true).add("maintainAspectRatio", false))
                .build()
                .toString();
        // only possible inside JSON strings, where \u003c means the same character
        return json.replace("<", "\\u003c");
    }
}
