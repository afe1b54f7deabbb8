package org.realtycrm.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.boundary.CampaignReport;

class CampaignChartTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void everySourceOfADayCountsTogetherOldestDayFirst() {
        List<CampaignReport.SourceDay> days = List.of(
                new CampaignReport.SourceDay(MONDAY.plusDays(1), "Zillow", 4, 1, 0),
                new CampaignReport.SourceDay(MONDAY, "Zillow", 3, 0, 2),
                new CampaignReport.SourceDay(MONDAY, "</script><script>alert(1)</script>", 2, 2, 1));

        JsonObject chart = Json.createReader(new StringReader(CampaignChart.sentAndResponded(days))).readObject();

        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(0)).isEqualTo("2026-03-02");
        assertThat(data.getJsonArray("labels").getString(1)).isEqualTo("2026-03-03");
        assertThat(data.getJsonArray("datasets").getJsonObject(0).getString("label")).isEqualTo("Sent");
        assertThat(data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[5,4]");
        assertThat(data.getJsonArray("datasets").getJsonObject(1).getString("label")).isEqualTo("Responded");
        assertThat(data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[2,1]");
        assertThat(data.getJsonArray("datasets").getJsonObject(2).getString("label")).isEqualTo("Leads created");
        assertThat(data.getJsonArray("datasets").getJsonObject(2).getJsonArray("data").toString()).isEqualTo("[3,0]");
    }

    @Test
    void nothingInTheConfigurationCanCloseTheScriptBlockItIsWrittenInto() {
        assertThat(CampaignChart.sentAndResponded(List.of(new CampaignReport.SourceDay(MONDAY, "<b>", 1, 0, 0))))
                .doesNotContain("<");
    }
}
